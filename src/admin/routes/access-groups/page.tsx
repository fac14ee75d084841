import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { groupBody, groupFields, groupValues } from "../../components/access-group/group-fields"
import { DataList, useListState, type Column } from "../../components/data-list"
import { EmailDeliveryBanner } from "../../components/email-delivery-banner"
import { filterValue, ListFilter, SearchInput } from "../../components/list-filter"
import { FormDrawer } from "../../components/form-drawer"
import { queryState } from "../../components/page-state"
import { Section } from "../../components/section"
import { Status } from "../../components/status"
import { useAccessGroups, useCreateAccessGroup } from "../../lib/queries/access-groups"
import { listBreadcrumb } from "../../lib/breadcrumb"
import { formatDate } from "../../lib/format"
import { accessGroupSchema } from "../../lib/schemas/access-groups"
import { useT } from "../../lib/i18n"
import type { AccessGroup } from "../../lib/types"
import { REGISTRATION_MODES } from "../../../lib/constants"

const AccessGroupsPage = () => {
  const { t } = useT()
  const navigate = useNavigate()
  const { page, q, setQ, filter: mode, setFilter: setMode } = useListState()
  const [creating, setCreating] = useState(false)
  const list = useAccessGroups({
    ...page.query,
    q: q || undefined,
    registration_mode: filterValue(mode),
  })
  const data = list.data
  const create = useCreateAccessGroup()

  const columns: Column<AccessGroup>[] = [
    { key: "name", header: t("groups.name"), cell: (g) => g.name },
    { key: "mode", header: t("groups.registrationMode"), cell: (g) => <Status value={g.registration_mode} /> },
    { key: "created", header: t("organization.createdAt"), cell: (g) => formatDate(g.created_at) },
  ]

  return (
    <Section
      title={t("groups.title")}
      subtitle={t("groups.subtitle")}
      actions={
        <>
          <SearchInput placeholder={t("groups.search")} value={q} onChange={setQ} />
          <ListFilter testId="group-mode-filter" label={t("groups.registrationMode")} value={mode} values={REGISTRATION_MODES} onChange={setMode} />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            {t("actions.create")}
          </Button>
        </>
      }
    >
      <EmailDeliveryBanner inset />
      <DataList
        testId="access-groups-table"
        columns={columns}
        rows={data?.access_groups}
        {...queryState(list)}
        empty={q || mode !== "all" ? { filtered: true } : { title: t("groups.emptyTitle"), message: t("groups.empty") }}
        onRowClick={(g) => navigate(`/access-groups/${g.id}`)}
        pagination={page.pagination(data?.count)}
      />
      <FormDrawer
        open={creating}
        onOpenChange={setCreating}
        title={t("groups.create")}
        fields={groupFields(t)}
        schema={accessGroupSchema}
        initial={groupValues()}
        submitLabel={t("actions.create")}
        successMessage={t("groups.created")}
        onSubmit={async (values) => {
          const { access_group } = await create.mutateAsync(groupBody(values))
          navigate(`/access-groups/${access_group.id}`)
        }}
      />
    </Section>
  )
}

export const config = defineRouteConfig({
  label: "b2b.menu.accessGroups",
  translationNs: "translation",
  icon: UserGroup,
  rank: 4,
})

export const handle = listBreadcrumb("menu.accessGroups")

export default AccessGroupsPage
