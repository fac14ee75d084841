import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { FormDrawer, textOrNull } from "../form-drawer"
import { useConfirm } from "../use-confirm"
import { codeOf, errorMessage, statusOf } from "../../lib/errors"
import { useDecideApproval, useRefreshApprovals } from "../../lib/queries/approvals"
import { formatMoney } from "../../lib/format"
import { rejectApprovalSchema } from "../../lib/schemas/approvals"
import { useT } from "../../lib/i18n"
import type { Approval } from "../../lib/types"

// 409 is either another decision first, or a cart changed since the request (`approval_stale`).
const isConflict = (error: unknown) => statusOf(error) === 409 && codeOf(error) !== "approval_stale"

/**
 * The merchant decides a pending approval (always allowed, also for a one-admin organization):
 * approve after confirming, or reject with an optional comment for the requester.
 */
export function ApprovalDecision({ approval }: { approval: Approval }) {
  const { t } = useT()
  const confirm = useConfirm()
  const refreshApprovals = useRefreshApprovals()
  const [rejecting, setRejecting] = useState(false)
  const decide = useDecideApproval(approval.id)

  if (approval.status !== "pending") return null

  // Somebody (a member, or another admin) decided first: say so and show the decision.
  const alreadyDecided = () => {
    toast.warning(t("approvals.alreadyDecided"))
    return refreshApprovals()
  }

  const approve = async () => {
    const total = formatMoney(approval.total, approval.currency_code)
    if (!(await confirm(t("approvals.approveTitle"), t("approvals.approveText", { total }), t("approvals.approve"), "confirmation"))) return
    try {
      await decide.mutateAsync({ decision: "approve" })
      toast.success(t("approvals.approved"))
    } catch (error) {
      if (isConflict(error)) await alreadyDecided()
      else toast.error(errorMessage(error))
    }
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)} disabled={decide.isPending}>
        {t("approvals.reject")}
      </Button>
      <Button size="small" onClick={approve} isLoading={decide.isPending && !rejecting}>
        {t("approvals.approve")}
      </Button>
      <FormDrawer
        open={rejecting}
        onOpenChange={setRejecting}
        title={t("approvals.rejectTitle")}
        description={t("approvals.rejectDescription")}
        fields={[{ name: "comment", label: t("approvals.comment"), kind: "textarea" }]}
        schema={rejectApprovalSchema}
        initial={{ comment: "" }}
        submitLabel={t("approvals.reject")}
        successMessage={t("approvals.rejected")}
        onSubmit={async (values) => {
          try {
            await decide.mutateAsync({ decision: "reject", comment: textOrNull(values.comment) })
          } catch (error) {
            if (!isConflict(error)) throw error
            // Nothing left to reject: close the drawer, show the decision that was made.
            setRejecting(false)
            await alreadyDecided()
            throw error
          }
        }}
      />
    </>
  )
}
