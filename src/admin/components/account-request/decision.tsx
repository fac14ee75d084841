import { Button } from "@medusajs/ui"
import { useState } from "react"
import { FormDrawer } from "../form-drawer"
import { notify } from "../notify"
import { useConfirm } from "../use-confirm"
import { api, useApiMutation } from "../../lib/api"
import { useT } from "../../lib/i18n"
import type { AccountRequest } from "../../lib/types"

/** Approve (customer + organization + admin membership) or reject with a reason e-mailed to the contact. */
export function Decision({ request }: { request: AccountRequest }) {
  const { t } = useT()
  const confirm = useConfirm()
  const [rejecting, setRejecting] = useState(false)
  const base = `/admin/account-requests/${request.id}`
  const approve = useApiMutation(() => api.post(`${base}/approve`, {}))
  const reject = useApiMutation((reason: string) => api.post(`${base}/reject`, { reason }))

  if (request.status !== "pending") return null

  const doApprove = async () => {
    const text = t("requests.approveText", { company: request.company_name, email: request.email })
    if (!(await confirm(t("requests.approveTitle"), text, t("requests.approve"), "confirmation"))) return
    await notify(() => approve.mutateAsync(undefined), t("requests.approved", { company: request.company_name }))
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
        {t("requests.reject")}
      </Button>
      <Button size="small" onClick={doApprove} isLoading={approve.isPending}>
        {t("requests.approve")}
      </Button>
      <FormDrawer
        open={rejecting}
        onOpenChange={setRejecting}
        title={t("requests.rejectTitle", { company: request.company_name })}
        description={t("requests.rejectDescription", { email: request.email })}
        fields={[{ name: "reason", label: t("requests.reason"), kind: "textarea", required: true, maxLength: 2000 }]}
        initial={{ reason: "" }}
        submitLabel={t("requests.reject")}
        successMessage={t("requests.rejected")}
        onSubmit={(values) => reject.mutateAsync(String(values.reason).trim())}
      />
    </>
  )
}
