// Subscriptions or trainings (seed 000) with their seats: who holds one, how many are in use,
// and (entitlements.manage) giving a seat to a member, or for a training to a named outside
// participant, and freeing one. Without the permission the store answers only the member's
// own entitlements, each with only their own seat.
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { assignMemberSeat, assignParticipantSeat, freeSeat } from "@/actions/entitlements"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import entitlements from "@/i18n/entitlements"
import { actingFor, requireLogin } from "@/lib/acting"
import { date, personName } from "@/lib/format"
import { allMembers } from "@/lib/members"
import { ActionForm } from "./action-form"
import { SelectField } from "./choice"
import { Field } from "./field"
import { RefusedPage, inactiveMembership } from "./notice"
import { PageHeader } from "./page-header"
import { Pagination } from "./pagination"

const LIMIT = 10

type Props = { org: string; kind: "subscription" | "training"; offset: number; path: string }

export async function EntitlementList({ org, kind, offset, path }: Props) {
  const { membership, can } = await actingFor(org)
  const { b2b } = await requireLogin()
  const t = await translate(entitlements)
  const locale = await currentLocale()
  const texts = t[kind]
  const manage = can("entitlements.manage")
  const inactive = inactiveMembership(membership.status, (await translate(common)).codes)
  if (inactive) return <RefusedPage title={texts.title} message={inactive} />
  const { entitlements: list, count } = await b2b.store.organizations.entitlements.list(org, { kind, limit: LIMIT, offset })
  // Seat holders are named from the member list (members.view); without it only "you".
  const members = can("members.view") ? await allMembers(org) : null
  const holder = (membershipId: string) => members?.find((member) => member.id === membershipId)
  const holderName = (membershipId: string) => {
    const member = holder(membershipId)
    return membershipId === membership.id ? t.you : member ? personName(member.customer) : t.unknownMember
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={texts.title} subtitle={manage ? texts.intro : texts.mine} />
      {!manage ? <Text className="text-ui-fg-subtle">{t.readOnly}</Text> : null}
      {!list.length ? <Text>{texts.empty}</Text> : null}
      {list.map((entitlement) => {
        const headingId = `entitlement-${entitlement.id}`
        const withoutSeat = (members ?? []).filter(
          (member) => member.status === "active" && !entitlement.assignments.some((seat) => seat.membership_id === member.id)
        )
        return (
          <section key={entitlement.id} aria-labelledby={headingId} data-testid="entitlement">
            <Container className="flex flex-col gap-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Heading level="h2" id={headingId}>
                  {entitlement.title}
                </Heading>
                <Text data-testid="seat-usage">
                  {entitlement.seats === null
                    ? fill(t.seatsUnlimited, { used: entitlement.used })
                    : `${fill(t.seats, { used: entitlement.used, seats: entitlement.seats })} (${fill(t.seatsFree, { count: entitlement.available ?? 0 })})`}
                </Text>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {entitlement.ends_at
                  ? fill(t.period, { start: date(locale, entitlement.starts_at), end: date(locale, entitlement.ends_at) })
                  : fill(t.openEnded, { start: date(locale, entitlement.starts_at) })}
              </Text>

              <Heading level="h3">{texts.holders}</Heading>
              {entitlement.assignments.length ? (
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.email}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.type}</Table.HeaderCell>
                      {manage ? <Table.HeaderCell scope="col">{t.actions}</Table.HeaderCell> : null}
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {entitlement.assignments.map((seat) => {
                      const name = seat.membership_id ? holderName(seat.membership_id) : (seat.participant_name ?? "—")
                      return (
                        <Table.Row key={seat.id} data-testid="seat">
                          <Table.Cell>{name}</Table.Cell>
                          <Table.Cell>{seat.membership_id ? (holder(seat.membership_id)?.customer?.email ?? "—") : (seat.participant_email ?? "—")}</Table.Cell>
                          <Table.Cell>
                            <Badge size="small" color={seat.membership_id ? "blue" : "purple"}>
                              {seat.membership_id ? t.member : t.participant}
                            </Badge>
                          </Table.Cell>
                          {manage ? (
                            <Table.Cell className="py-2">
                              <ActionForm
                                inline
                                variant="secondary"
                                action={freeSeat.bind(null, org, entitlement.id, seat.id)}
                                submitLabel={t.unassign.submit}
                                aria-label={fill(t.unassign.label, { name })}
                              />
                            </Table.Cell>
                          ) : null}
                        </Table.Row>
                      )
                    })}
                  </Table.Body>
                </Table>
              ) : (
                <Text>{t.nobody}</Text>
              )}

              {manage ? (
                <div className="grid gap-6 md:grid-cols-2">
                  <div className="flex flex-col gap-2">
                    <Heading level="h3">{t.assign.legend}</Heading>
                    {!members ? (
                      <Text size="small">{t.assign.membersHidden}</Text>
                    ) : withoutSeat.length ? (
                      <ActionForm action={assignMemberSeat.bind(null, org, entitlement.id)} submitLabel={t.assign.submit}>
                        <SelectField
                          id={`member-${entitlement.id}`}
                          label={t.assign.member}
                          name="membership_id"
                          required
                          defaultValue=""
                          options={[
                            { value: "", label: t.assign.choose },
                            ...withoutSeat.map((member) => ({ value: member.id, label: `${personName(member.customer)} (${member.customer?.email ?? "—"})` })),
                          ]}
                        />
                      </ActionForm>
                    ) : (
                      <Text size="small">{t.assign.everyone}</Text>
                    )}
                  </div>
                  {kind === "training" ? (
                    <div className="flex flex-col gap-2">
                      <Heading level="h3">{t.outside.legend}</Heading>
                      <ActionForm action={assignParticipantSeat.bind(null, org, entitlement.id)} submitLabel={t.outside.submit}>
                        <Field id={`participant-name-${entitlement.id}`} label={t.outside.name} name="name" required autoComplete="off" />
                        <Field id={`participant-email-${entitlement.id}`} label={t.outside.email} name="email" type="email" required autoComplete="off" />
                      </ActionForm>
                    </div>
                  ) : null}
                </div>
              ) : null}
            </Container>
          </section>
        )
      })}
      <Pagination path={path} offset={offset} limit={LIMIT} count={count} />
    </div>
  )
}
