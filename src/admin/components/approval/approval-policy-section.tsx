import { Alert, Button } from "@medusajs/ui"
import { useState } from "react"
import { FormDrawer, type Values } from "../form-drawer"
import { queryState, StateView } from "../page-state"
import { Field, Section } from "../section"
import { useApprovalPolicy, useSaveApprovalPolicy } from "../../lib/queries/approval-policy"
import { formatCurrencyAmounts } from "../../lib/format"
import { currencyAmountsText, parseCurrencyAmounts } from "../../../lib/money"
import { approvalPolicySchema } from "../../lib/schemas/approvals"
import { SPENDING_PERIODS } from "../../../lib/constants"
import { useT } from "../../lib/i18n"
import type { SpendingPeriod } from "../../lib/types"

/** When an organization's orders need approval besides the role: a threshold, and the spending-limit period. */
export function ApprovalPolicySection({ organizationId }: { organizationId: string }) {
  const { t, language } = useT()
  const [editing, setEditing] = useState(false)
  const query = useApprovalPolicy(organizationId)
  const data = query.data
  const save = useSaveApprovalPolicy(organizationId)
  const policy = data?.approval_policy
  // With one approver (or none) nobody in the organization can approve that person's own orders.
  const approvers = data?.approvers
  const fewApprovers = approvers != null && approvers <= 1
  const approverWarning = approvers === 0 ? t("approvalPolicy.noApprover") : t("approvalPolicy.singleApprover")
  const values: Values = {
    threshold: currencyAmountsText(policy?.threshold),
    period: policy?.period ?? "month",
  }
  return (
    <Section
      testId="organization-approval-policy"
      title={t("approvalPolicy.title")}
      subtitle={t("approvalPolicy.subtitle")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
          {t("actions.edit")}
        </Button>
      }
    >
      <StateView {...queryState(query)}>
        {fewApprovers && (
          <div className="px-6 py-4">
            <Alert variant="warning" data-testid="approval-policy-approver-warning">{approverWarning}</Alert>
          </div>
        )}
        <Field label={t("approvalPolicy.threshold")}>
          {policy?.threshold == null ? t("approvalPolicy.none") : formatCurrencyAmounts(policy.threshold, language)}
        </Field>
        <Field label={t("approvalPolicy.period")}>{t(`approvalPolicy.periods.${policy?.period ?? "month"}`)}</Field>
      </StateView>
      <FormDrawer
        open={editing}
        onOpenChange={setEditing}
        title={t("approvalPolicy.edit")}
        description={fewApprovers ? approverWarning : undefined}
        fields={[
          { name: "threshold", label: t("approvalPolicy.threshold"), hint: t("approvalPolicy.thresholdHint") },
          {
            name: "period",
            label: t("approvalPolicy.period"),
            kind: "select",
            hint: t("approvalPolicy.periodHint"),
            options: SPENDING_PERIODS.map((p) => ({ value: p, label: t(`approvalPolicy.periods.${p}`) })),
          },
        ]}
        schema={approvalPolicySchema}
        initial={values}
        submitLabel={t("actions.save")}
        successMessage={t("approvalPolicy.saved")}
        onSubmit={(v) =>
          save.mutateAsync({
            // The schema checked the text: null (empty) or amounts per currency.
            threshold: parseCurrencyAmounts(String(v.threshold)) ?? null,
            // The select's options are the periods.
            period: v.period as SpendingPeriod,
          })
        }
      />
    </Section>
  )
}
