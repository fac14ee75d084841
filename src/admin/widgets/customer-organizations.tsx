import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { DataList, type Column } from "../components/data-list"
import { queryState } from "../components/page-state"
import { Section } from "../components/section"
import { Status } from "../components/status"
import { useCustomerAccessGroups } from "../lib/queries/access-groups"
import { useCustomerMemberships } from "../lib/queries/members"
import { useT } from "../lib/i18n"
import type { AccessGroup, CustomerMembership } from "../lib/types"

// Memberships from the plugin's admin route, access groups through the group ↔ customer link.
const link = (to: string, text?: string) => (
  <Link to={to} className="text-ui-fg-interactive hover:underline">
    {text}
  </Link>
)

const CustomerOrganizationsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useT()
  const groups = useCustomerAccessGroups(customer.id)
  const membershipList = useCustomerMemberships(customer.id)
  const memberships = membershipList.data?.memberships
  const membershipColumns: Column<CustomerMembership>[] = [
    { key: "organization", header: t("widgets.organization"), cell: (m) => link(`/organizations/${m.organization?.id}`, m.organization?.name) },
    { key: "role", header: t("members.role"), cell: (m) => t(`roles.${m.role}`, { defaultValue: m.role }) },
    { key: "status", header: t("members.status"), cell: (m) => <Status value={m.status} /> },
  ]
  const groupColumns: Column<AccessGroup>[] = [
    { key: "name", header: t("widgets.accessGroup"), cell: (g) => link(`/access-groups/${g.id}`, g.name) },
    { key: "mode", header: t("groups.registrationMode"), cell: (g) => <Status value={g.registration_mode} /> },
  ]
  return (
    <Section testId="customer-organizations-widget" title={t("widgets.customerTitle")}>
      <DataList
        columns={membershipColumns}
        rows={memberships?.filter((m) => m.organization)}
        {...queryState(membershipList)}
        emptyText={t("widgets.customerEmpty")}
      />
      <DataList
        columns={groupColumns}
        rows={groups.data?.customer.organization_access_groups}
        {...queryState(groups)}
        emptyText={t("widgets.customerNoGroups")}
      />
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "b2b-accounts:customer-organizations" })

export default CustomerOrganizationsWidget
