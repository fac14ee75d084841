import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { DataList, type Column } from "../components/data-list"
import { Section } from "../components/section"
import { Status } from "../components/status"
import { useApiQuery } from "../lib/api"
import { useT } from "../lib/i18n"
import type { AccessGroup, Membership } from "../lib/types"

// Memberships through a customer → membership link, access groups through the group ↔ customer link.
const FIELDS = [
  "id",
  "organization_memberships.id",
  "organization_memberships.role",
  "organization_memberships.status",
  "organization_memberships.organization.id",
  "organization_memberships.organization.name",
  "organization_access_groups.id",
  "organization_access_groups.name",
  "organization_access_groups.registration_mode",
].join(",")

type CustomerWithB2B = {
  customer: { organization_memberships?: Membership[]; organization_access_groups?: AccessGroup[] }
}

const link = (to: string, text?: string) => (
  <Link to={to} className="text-ui-fg-interactive hover:underline">
    {text}
  </Link>
)

const CustomerOrganizationsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useT()
  const { data, isLoading, isError } = useApiQuery<CustomerWithB2B>(`/admin/customers/${customer.id}`, { fields: FIELDS })
  // A server without the customer → membership link leaves the field out instead of failing.
  const memberships = data?.customer.organization_memberships
  const membershipColumns: Column<Membership>[] = [
    { key: "organization", header: t("widgets.organization"), cell: (m) => link(`/organizations/${m.organization?.id}`, m.organization?.name) },
    { key: "role", header: t("members.role"), cell: (m) => t(`roles.${m.role}`, { defaultValue: m.role }) },
    { key: "status", header: t("members.status"), cell: (m) => <Status value={m.status} /> },
  ]
  const groupColumns: Column<AccessGroup>[] = [
    { key: "name", header: t("widgets.accessGroup"), cell: (g) => link(`/access-groups/${g.id}`, g.name) },
    { key: "mode", header: t("groups.registrationMode"), cell: (g) => <Status value={g.registration_mode} /> },
  ]
  const unavailable = isError || (!!data && !memberships)
  return (
    <Section testId="customer-organizations-widget" title={t("widgets.customerTitle")}>
      <DataList
        columns={membershipColumns}
        rows={unavailable ? [] : memberships?.filter((m) => m.organization)}
        isLoading={isLoading}
        emptyText={unavailable ? t("widgets.unavailable") : t("widgets.customerEmpty")}
      />
      <DataList
        columns={groupColumns}
        rows={isError ? [] : data?.customer.organization_access_groups}
        isLoading={isLoading}
        emptyText={t("widgets.customerNoGroups")}
      />
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "b2b-accounts:customer-organizations" })

export default CustomerOrganizationsWidget
