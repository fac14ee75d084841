// Invitations waiting to be accepted, each with "send again" and "revoke" (members.manage).
import { Table } from "@medusajs/ui"
import type { ResponseOf } from "medusa-plugin-b2b-accounts/client"
import { resendInvitation, revokeInvitation } from "@/actions/users"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import users from "@/i18n/users"
import { date } from "@/lib/format"
import { ActionForm } from "./action-form"

type Invitation = ResponseOf<"store.organizations.invitations.list">["invitations"][number]

export async function InvitationTable({ org, invitations }: { org: string; invitations: Invitation[] }) {
  const t = await translate(users)
  const c = await translate(common)
  const locale = await currentLocale()
  return (
    <Table>
      <caption className="sr-only">{t.invitations.caption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t.invitations.email}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.invitations.role}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.invitations.sent}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.invitations.expires}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.invitations.actions}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {invitations.map((invitation) => (
          <Table.Row key={invitation.id} data-testid="invitation-row">
            <Table.Cell>{invitation.email}</Table.Cell>
            <Table.Cell>{c.roles[invitation.role]}</Table.Cell>
            <Table.Cell>{date(locale, invitation.created_at)}</Table.Cell>
            <Table.Cell>{date(locale, invitation.expires_at)}</Table.Cell>
            <Table.Cell className="py-2">
              <div className="flex flex-wrap gap-2">
                <ActionForm
                  inline
                  variant="secondary"
                  action={resendInvitation.bind(null, org, invitation.id)}
                  submitLabel={t.invitations.resend}
                  aria-label={fill(t.invitations.resendLabel, { email: invitation.email })}
                />
                <ActionForm
                  inline
                  variant="danger"
                  action={revokeInvitation.bind(null, org, invitation.id)}
                  submitLabel={t.invitations.revoke}
                  aria-label={fill(t.invitations.revokeLabel, { email: invitation.email })}
                />
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
