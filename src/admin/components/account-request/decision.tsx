import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useEmailOutcome } from "../email-outcome"
import { FormDrawer } from "../form-drawer"
import { useConfirm } from "../use-confirm"
import { codeOf, errorMessage, fieldErrors } from "../../lib/errors"
import { useApproveAccountRequest, useRejectAccountRequest } from "../../lib/queries/account-requests"
import { useT } from "../../lib/i18n"
import type { AccountRequest } from "../../lib/types"
import { REFUSAL } from "../../../lib/refusal-codes"
import { rejectAccountRequestSchema } from "../../lib/schemas/account-requests"
import { useRequestActivationLink } from "./activation-link"

const isDuplicateRefusal = (error: unknown) => codeOf(error) === REFUSAL.possible_duplicate

type Props = {
  request: AccountRequest
  /** Server errors that name one of the request's fields (e.g. `vat_number`), shown at that field. */
  onFieldErrors: (errors: Record<string, string>) => void
}

/**
 * Approve (customer + organization + pending admin membership, activation link e-mailed) or
 * reject with a reason e-mailed to the contact. Approving over possible duplicates asks first.
 */
export function Decision({ request, onFieldErrors }: Props) {
  const { t } = useT()
  const confirm = useConfirm()
  const [rejecting, setRejecting] = useState(false)
  const approve = useApproveAccountRequest(request.id)
  const reject = useRejectAccountRequest(request.id)
  // The same fresh link the page offers afterwards (see CopyActivationLink).
  const { copy: copyActivationLink, dialog } = useRequestActivationLink(request)
  const reportEmail = useEmailOutcome()

  if (request.status !== "pending") return dialog

  const confirmDuplicates = (names: string) =>
    confirm(t("requests.duplicateTitle"), t("requests.duplicateText", { names }), t("requests.approveAnyway"), "danger")

  const send = async (allowDuplicate: boolean): Promise<void> => {
    try {
      const { email } = await approve.mutateAsync(allowDuplicate)
      toast.success(t("requests.approved", { company: request.company_name }))
      reportEmail(email, {
        sent: (to) => t("requests.activationSent", { email: to }),
        copyLink: copyActivationLink,
      })
    } catch (error) {
      // Duplicates the page did not know of yet (registered meanwhile): ask, then insist.
      if (!allowDuplicate && isDuplicateRefusal(error)) {
        if (await confirmDuplicates(errorMessage(error))) return send(true)
        return
      }
      const { fields } = fieldErrors(error)
      if (Object.keys(fields).length) onFieldErrors(fields)
      toast.error(errorMessage(error))
    }
  }

  const doApprove = async () => {
    onFieldErrors({})
    const duplicates = request.possible_duplicates ?? []
    if (duplicates.length) {
      if (!(await confirmDuplicates(duplicates.map((o) => o.name).join(", ")))) return
      return send(true)
    }
    const text = t("requests.approveText", { company: request.company_name, email: request.email })
    if (!(await confirm(t("requests.approveTitle"), text, t("requests.approve"), "confirmation"))) return
    return send(false)
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
        fields={[{ name: "reason", label: t("requests.reason"), kind: "textarea" }]}
        schema={rejectAccountRequestSchema}
        initial={{ reason: "" }}
        submitLabel={t("requests.reject")}
        successMessage={t("requests.rejected")}
        onSubmit={(values) => reject.mutateAsync(String(values.reason).trim())}
      />
      {dialog}
    </>
  )
}
