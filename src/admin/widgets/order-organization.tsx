import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { ErrorState, queryState } from "../components/page-state"
import { Field, Section } from "../components/section"
import { useApprovals } from "../lib/queries/approvals"
import { useOrderWithOrganization } from "../lib/queries/orders"
import { dash, formatDateTime, personName } from "../lib/format"
import { useT } from "../lib/i18n"
import type { Customer } from "../lib/types"

// The order's B2B record through the organization-order ↔ order link: organization, delivery
// location, placing member; and the approved request that allowed the order, if one did.
const FIELDS = [
  "id",
  "organization_order.id",
  "organization_order.cart_id",
  "organization_order.organization.id",
  "organization_order.organization.name",
  "organization_order.location.label",
  "organization_order.location.city",
  "organization_order.membership.role",
  "organization_order.membership.customer.id",
  "organization_order.membership.customer.email",
  "organization_order.membership.customer.first_name",
  "organization_order.membership.customer.last_name",
].join(",")

type OrganizationOrder = {
  cart_id?: string | null
  organization?: { id: string; name: string } | null
  location?: { label: string; city: string } | null
  membership?: { role: string; customer?: Customer | null } | null
}

const OrderOrganizationWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useT()
  const query = useOrderWithOrganization<{ organization_order?: OrganizationOrder | null }>(order.id, FIELDS)
  const record = query.data?.order.organization_order
  const cartId = record?.cart_id
  const { data: approvals } = useApprovals({ cart_id: cartId ?? undefined, status: "approved", limit: 1 }, { enabled: !!cartId })
  const approval = approvals?.approvals[0]
  const state = queryState(query)
  // The link could not be read: say so (with Retry) rather than hide that this may be a B2B order.
  if (state.error)
    return (
      <Section testId="order-organization-widget" title={t("widgets.orderTitle")}>
        <ErrorState error={state.error} onRetry={state.onRetry} isRetrying={state.isRetrying} />
      </Section>
    )
  // While loading, or not placed for an organization: Medusa's page is enough.
  if (!record?.organization) return null
  const member = record.membership
  return (
    <Section testId="order-organization-widget" title={t("widgets.orderTitle")}>
      <Field label={t("widgets.organization")}>
        <Link to={`/organizations/${record.organization.id}`} className="text-ui-fg-interactive hover:underline">
          {record.organization.name}
        </Link>
      </Field>
      <Field label={t("widgets.location")}>
        {record.location ? `${record.location.label}, ${record.location.city}` : dash}
      </Field>
      <Field label={t("widgets.placedBy")}>
        {member?.customer ? (
          <Link to={`/customers/${member.customer.id}`} className="text-ui-fg-interactive hover:underline">
            {`${personName(member.customer)} (${t(`roles.${member.role}`, { defaultValue: member.role })})`}
          </Link>
        ) : (
          dash
        )}
      </Field>
      <Field label={t("widgets.approval")}>
        {approval ? (
          <Link to={`/approvals/${approval.id}`} className="text-ui-fg-interactive hover:underline">
            {t("widgets.approvedAt", { date: formatDateTime(approval.decided_at) })}
          </Link>
        ) : (
          t("widgets.noApproval")
        )}
      </Field>
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after", id: "b2b-accounts:order-organization" })

export default OrderOrganizationWidget
