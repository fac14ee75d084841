import { Badge, Button, Heading, Table, Text } from "@medusajs/ui"
import { PERMISSIONS } from "medusa-plugin-b2b-accounts/lib/permissions"
import Link from "next/link"
import { InvitationTable } from "@/components/invitation-table"
import { Notice, RefusedPage, inactiveMembership } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import users from "@/i18n/users"
import { actingFor, requireLogin } from "@/lib/acting"
import { amounts, personName } from "@/lib/format"

const LIMIT = 20
const INVITATIONS_SHOWN = 10

export default async function Users({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  const { membership, can } = await actingFor(org)
  const { b2b } = await requireLogin()
  const t = await translate(users)
  const c = await translate(common)
  const locale = await currentLocale()
  const manage = can("members.manage")
  const base = `/account/${org}/users`
  const inactive = inactiveMembership(membership.status, c.codes)
  if (inactive) return <RefusedPage title={t.list.title} message={inactive} />

  const members = can("members.view") ? await b2b.store.organizations.members.list(org, { limit: LIMIT, offset }) : null
  const invitations = manage ? await b2b.store.organizations.invitations.list(org, { status: "pending", limit: INVITATIONS_SHOWN }) : null

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t.list.title} subtitle={t.list.subtitle}>
        {manage ? (
          <Button asChild>
            <Link href={`${base}/invite`}>{t.list.invite}</Link>
          </Button>
        ) : null}
      </PageHeader>

      {!members ? <Notice>{c.codes.permission_required}</Notice> : null}
      {members && !manage ? <Text className="text-ui-fg-subtle">{t.list.readOnly}</Text> : null}

      {members ? (
        <section>
          <div className="overflow-x-auto">
            <Table>
              <caption className="sr-only">{t.list.caption}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.list.name}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.email}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.role}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.status}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.permissions}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.locations}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.list.spendingLimit}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {members.memberships.map((member) => (
                  <Table.Row key={member.id} data-testid="member-row">
                    <Table.Cell>
                      <Link className="text-ui-fg-interactive" href={`${base}/${member.id}`}>
                        {personName(member.customer)}
                      </Link>
                      {member.id === membership.id ? ` ${t.list.you}` : null}
                    </Table.Cell>
                    <Table.Cell>{member.customer?.email ?? "—"}</Table.Cell>
                    <Table.Cell>{c.roles[member.role]}</Table.Cell>
                    <Table.Cell>
                      <Badge size="small" color={member.status === "active" ? "green" : member.status === "pending" ? "orange" : "grey"}>
                        {c.status[member.status] ?? member.status}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell>{fill(t.list.permissionsCount, { count: member.permissions.length, total: PERMISSIONS.length })}</Table.Cell>
                    <Table.Cell>{member.locations.map((location) => location.label).join(", ") || t.list.none}</Table.Cell>
                    <Table.Cell>{amounts(locale, member.spending_limit) ?? t.list.noLimit}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination path={base} offset={offset} limit={LIMIT} count={members.count} />
        </section>
      ) : null}

      {invitations ? (
        <section aria-labelledby="invitations-heading" className="flex flex-col gap-3">
          <Heading level="h2" id="invitations-heading">
            {t.invitations.title}
          </Heading>
          {invitations.invitations.length ? <InvitationTable org={org} invitations={invitations.invitations} /> : <Text>{t.invitations.empty}</Text>}
          {invitations.count > INVITATIONS_SHOWN ? (
            <Link className="text-ui-fg-interactive" href={`${base}/invitations`}>
              {fill(t.invitations.all, { count: invitations.count })}
            </Link>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
