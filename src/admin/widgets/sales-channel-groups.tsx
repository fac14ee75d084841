import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { DataList, type Column } from "../components/data-list"
import { queryState } from "../components/page-state"
import { Section } from "../components/section"
import { Status } from "../components/status"
import { useSalesChannelAccessGroups } from "../lib/queries/access-groups"
import { useT } from "../lib/i18n"
import type { AccessGroup } from "../lib/types"

// The access-group ↔ sales-channel link, read from the sales channel's side.
const SalesChannelGroupsWidget = ({ data: channel }: DetailWidgetProps<HttpTypes.AdminSalesChannel>) => {
  const { t } = useT()
  const query = useSalesChannelAccessGroups(channel.id)
  const groups = query.data?.sales_channel.organization_access_groups
  const columns: Column<AccessGroup>[] = [
    {
      key: "name",
      header: t("groups.name"),
      cell: (g) => (
        <Link to={`/access-groups/${g.id}`} className="text-ui-fg-interactive hover:underline">
          {g.name}
        </Link>
      ),
    },
    { key: "mode", header: t("groups.registrationMode"), cell: (g) => <Status value={g.registration_mode} /> },
  ]
  return (
    <Section
      testId="sales-channel-groups-widget"
      title={t("widgets.channelTitle")}
      subtitle={groups ? (groups.length ? t("widgets.channelRestricted") : t("widgets.channelOpen")) : undefined}
    >
      <DataList columns={columns} rows={groups} {...queryState(query)} emptyText={t("widgets.channelEmpty")} />
    </Section>
  )
}

export const config = defineWidgetConfig({ zone: "sales_channel.details.after", id: "b2b-accounts:sales-channel-groups" })

export default SalesChannelGroupsWidget
