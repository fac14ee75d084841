import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { DataList, type Column } from "../components/data-list"
import { Section } from "../components/section"
import { Status } from "../components/status"
import { useApiQuery } from "../lib/api"
import { useT } from "../lib/i18n"
import type { Membership } from "../lib/types"

// The customer's memberships through the plugin's customer → membership link.
const FIELDS = [
  "id",
  "organization_memberships.id",
  "organization_memberships.role",
  "organization_memberships.status",
  "organization_memberships.organization.id",
  "organization_memberships.organization.name",
  "organization_memberships.organization.status",
].join(",")

type CustomerWithMemberships = { customer: { organization_memberships?: Membership[] } }

const CustomerOrganizationsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useT()
  const { data, isLoading, isError } = useApiQuery<CustomerWithMemberships>(`/admin/customers/${customer.id}`, { fields: FIELDS })
  const columns: Column<Membership>[] = [
    {
      key: "organization",
      header: t("widgets.organization"),
      cell: (m) => (
        <Link to={`/organizations/${m.organization?.id}`} className="text-ui-fg-interactive hover:underline">
          {m.organization?.name}
        </Link>
      ),
    },
    { key: "role", header: t("members.role"), cell: (m) => t(`roles.${m.role}`, { defaultValue: m.role }) },
    { key: "status", header: t("members.status"), cell: (m) => <Status value={m.status} /> },
  ]
  return (
    <Section testId="customer-organizations-widget" title={t("widgets.customerTitle")}>
      <DataList
        columns={columns}
        rows={isError ? [] : data?.customer.organization_memberships?.filter((m) => m.organization)}
        isLoading={isLoading}
        emptyText={isError ? t("widgets.unavailable") : t("widgets.customerEmpty")}
      />
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after", id: "b2b-accounts:customer-organizations" })

export default CustomerOrganizationsWidget
