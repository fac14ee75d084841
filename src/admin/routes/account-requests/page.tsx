import { defineRouteConfig } from "@medusajs/admin-sdk"
import { InboxSolid } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { DataList, useListState, type Column } from "../../components/data-list"
import { EmailDeliveryBanner } from "../../components/email-delivery-banner"
import { filterValue, ListFilter, SearchInput } from "../../components/list-filter"
import { queryState } from "../../components/page-state"
import { Section } from "../../components/section"
import { Status } from "../../components/status"
import { useAccountRequests } from "../../lib/queries/account-requests"
import { listBreadcrumb } from "../../lib/breadcrumb"
import { countryName, formatDate, personName } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { AccountRequest } from "../../lib/types"
import { ACCOUNT_REQUEST_STATUSES } from "../../../lib/constants"


const AccountRequestsPage = () => {
  const { t } = useT()
  const navigate = useNavigate()
  const { page, q, setQ, filter: status, setFilter: setStatus } = useListState("pending")
  const list = useAccountRequests({
    ...page.query,
    status: filterValue(status),
    q: q || undefined,
  })
  const data = list.data

  const columns: Column<AccountRequest>[] = [
    { key: "company", header: t("requests.company"), cell: (r) => r.company_name },
    { key: "contact", header: t("requests.contact"), cell: (r) => `${personName(r)} <${r.email}>` },
    { key: "vat", header: t("organization.vatNumber"), cell: (r) => r.vat_number },
    { key: "country", header: t("organization.country"), cell: (r) => countryName(r.country_code) },
    { key: "created", header: t("requests.received"), cell: (r) => formatDate(r.created_at) },
    { key: "status", header: t("requests.status"), cell: (r) => <Status value={r.status} /> },
  ]

  return (
    <Section
      title={t("requests.title")}
      subtitle={t("requests.subtitle")}
      actions={
        <>
          <SearchInput placeholder={t("requests.search")} value={q} onChange={setQ} />
          <ListFilter testId="request-status-filter" label={t("requests.status")} value={status} values={ACCOUNT_REQUEST_STATUSES} onChange={setStatus} />
        </>
      }
    >
      <EmailDeliveryBanner inset />
      <DataList
        testId="account-requests-table"
        columns={columns}
        rows={data?.account_requests}
        {...queryState(list)}
        empty={q ? { filtered: true } : { title: t("requests.emptyTitle"), message: t("requests.empty") }}
        onRowClick={(r) => navigate(`/account-requests/${r.id}`)}
        pagination={page.pagination(data?.count)}
      />
    </Section>
  )
}

export const config = defineRouteConfig({
  label: "b2b.menu.accountRequests",
  translationNs: "translation",
  icon: InboxSolid,
  rank: 2,
})

export const handle = listBreadcrumb("menu.accountRequests")

export default AccountRequestsPage
