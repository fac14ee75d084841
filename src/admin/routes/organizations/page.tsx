import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DataList, useListState, type Column } from "../../components/data-list"
import { EmailDeliveryBanner } from "../../components/email-delivery-banner"
import { filterValue, ListFilter, SearchInput } from "../../components/list-filter"
import { CreateOrganizationDrawer } from "../../components/organization/create-organization-drawer"
import { queryState } from "../../components/page-state"
import { Section } from "../../components/section"
import { Status } from "../../components/status"
import { useOrganizations } from "../../lib/queries/organizations"
import { listBreadcrumb } from "../../lib/breadcrumb"
import { countryName, dash } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { Organization } from "../../lib/types"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"

const OrganizationsPage = () => {
  const { t } = useT()
  const navigate = useNavigate()
  const { page, q, setQ, filter: status, setFilter: setStatus } = useListState()
  const [creating, setCreating] = useState(false)
  const list = useOrganizations({
    ...page.query,
    order: "name",
    q: q || undefined,
    status: filterValue(status),
  })
  const data = list.data
  const filtered = !!q || status !== "all"

  const columns: Column<Organization>[] = [
    { key: "name", header: t("organization.name"), cell: (o) => o.name },
    { key: "vat", header: t("organization.vatNumber"), cell: (o) => o.vat_number ?? dash },
    { key: "registration", header: t("organization.registrationNumber"), cell: (o) => o.registration_number ?? dash },
    { key: "country", header: t("organization.country"), cell: (o) => (o.country_code ? countryName(o.country_code) : dash) },
    { key: "status", header: t("organization.status"), cell: (o) => <Status value={o.status} /> },
  ]

  return (
    <Section
      title={t("organizations.title")}
      subtitle={t("organizations.subtitle")}
      actions={
        <>
          <SearchInput placeholder={t("organizations.search")} value={q} onChange={setQ} />
          <ListFilter
            testId="organization-status-filter"
            label={t("organization.status")}
            value={status}
            values={ORGANIZATION_STATUSES}
            onChange={setStatus}
          />
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            {t("actions.create")}
          </Button>
        </>
      }
    >
      <EmailDeliveryBanner inset />
      <DataList
        testId="organizations-table"
        columns={columns}
        rows={data?.organizations}
        {...queryState(list)}
        empty={
          filtered
            ? { filtered, message: t("organizations.noMatches") }
            : { title: t("organizations.emptyTitle"), message: t("organizations.empty") }
        }
        onRowClick={(o) => navigate(`/organizations/${o.id}`)}
        pagination={page.pagination(data?.count)}
      />
      <CreateOrganizationDrawer open={creating} onOpenChange={setCreating} />
    </Section>
  )
}

export const config = defineRouteConfig({
  label: "b2b.menu.organizations",
  translationNs: "translation",
  icon: Buildings,
  rank: 1,
})

export const handle = listBreadcrumb("menu.organizations")

export default OrganizationsPage
