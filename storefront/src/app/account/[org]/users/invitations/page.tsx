import { Text } from "@medusajs/ui"
import Link from "next/link"
import { InvitationTable } from "@/components/invitation-table"
import { RefusedPage } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { translate } from "@/i18n"
import common from "@/i18n/common"
import users from "@/i18n/users"
import { actingFor, requireLogin } from "@/lib/acting"

const LIMIT = 20

/** Every pending invitation, a page at a time (the users page shows the first few). */
export default async function Invitations({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  const { can } = await actingFor(org)
  const t = await translate(users)
  const c = await translate(common)
  const base = `/account/${org}/users`
  if (!can("members.manage")) return <RefusedPage title={t.invitations.title} message={c.codes.permission_required} />
  const { b2b } = await requireLogin()
  const { invitations, count } = await b2b.store.organizations.invitations.list(org, { status: "pending", limit: LIMIT, offset })
  return (
    <div className="flex flex-col gap-4">
      <Link className="text-ui-fg-interactive text-sm" href={base}>
        {t.member.back}
      </Link>
      <PageHeader title={t.invitations.title} />
      {invitations.length ? <InvitationTable org={org} invitations={invitations} /> : <Text>{t.invitations.empty}</Text>}
      <Pagination path={`${base}/invitations`} offset={offset} limit={LIMIT} count={count} />
    </div>
  )
}
