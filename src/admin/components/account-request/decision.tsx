import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCopyLink } from "../copy-link-dialog"
import { useEmailOutcome } from "../email-outcome"
import { FormDrawer } from "../form-drawer"
import { useConfirm } from "../use-confirm"
import { api, errorMessage, fieldErrors, useApiMutation } from "../../lib/api"
import { useT } from "../../lib/i18n"
import type { AccountRequest, EmailOutcome, Membership, Organization } from "../../lib/types"

type Approved = { account_request: AccountRequest; organization?: Organization; email?: EmailOutcome }

const isDuplicateRefusal = (error: unknown) =>
  (error as { status?: number } | null)?.status === 409 && /duplicate/i.test(errorMessage(error))

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
  const base = `/admin/account-requests/${request.id}`
  const approve = useApiMutation((allow_duplicate: boolean) =>
    api.post<Approved>(`${base}/approve`, allow_duplicate ? { allow_duplicate: true } : {})
  )
  const reject = useApiMutation((reason: string) => api.post(`${base}/reject`, { reason }))
  const { copyLink, dialog } = useCopyLink()
  const reportEmail = useEmailOutcome()

  if (request.status !== "pending") return dialog

  const confirmDuplicates = (names: string) =>
    confirm(t("requests.duplicateTitle"), t("requests.duplicateText", { names }), t("requests.approveAnyway"), "danger")

  /** The new admin's activation link, made again (the e-mailed one, if any, stops working). */
  const copyActivationLink = async (organizationId: string, customerId: string | null) => {
    try {
      const { memberships } = await api.get<{ memberships: Membership[] }>(`/admin/organizations/${organizationId}/members`, { limit: 100 })
      const admin = memberships.find((m) => m.customer_id === customerId) ?? memberships[0]
      await copyLink(`/admin/organizations/${organizationId}/members/${admin.id}/activation-link`, t("requests.activationLinkTitle", { email: request.email }))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const send = async (allowDuplicate: boolean): Promise<void> => {
    try {
      const { account_request, organization, email } = await approve.mutateAsync(allowDuplicate)
      toast.success(t("requests.approved", { company: request.company_name }))
      const organizationId = organization?.id ?? account_request.organization_id
      reportEmail(email, {
        sent: (to) => t("requests.activationSent", { email: to }),
        copyLink: organizationId ? () => copyActivationLink(organizationId, account_request.customer_id) : undefined,
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
        fields={[{ name: "reason", label: t("requests.reason"), kind: "textarea", required: true, maxLength: 2000 }]}
        initial={{ reason: "" }}
        submitLabel={t("requests.reject")}
        successMessage={t("requests.rejected")}
        onSubmit={(values) => reject.mutateAsync(String(values.reason).trim())}
      />
      {dialog}
    </>
  )
}
