import { Link } from "react-router-dom"
import { DataList, type Column } from "../data-list"
import { queryState } from "../page-state"
import { Section } from "../section"
import { Status } from "../status"
import { useOrganizationAccessGroups } from "../../lib/queries/access-groups"
import { useT } from "../../lib/i18n"
import type { AccessGroup } from "../../lib/types"

/** The access groups the organization belongs to; membership is managed on the group's page. */
export function GroupsSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const query = useOrganizationAccessGroups(organizationId)
  const columns: Column<Pick<AccessGroup, "id" | "name" | "registration_mode">>[] = [
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
    <Section testId="organization-groups" title={t("groups.title")} subtitle={t("groups.organizationHint")}>
      <DataList
        columns={columns}
        rows={query.data?.organization.access_groups}
        {...queryState(query)}
        emptyText={t("groups.noneForOrganization")}
      />
    </Section>
  )
}
