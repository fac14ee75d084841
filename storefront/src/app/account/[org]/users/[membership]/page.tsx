import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "medusa-plugin-b2b-accounts/lib/permissions"
import Link from "next/link"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { removeMember, setMemberStatus, updateLocations, updateRoleAndPermissions, updateSpendingLimit } from "@/actions/users"
import { ActionForm } from "@/components/action-form"
import { CheckboxField } from "@/components/choice"
import { Field } from "@/components/field"
import { LocationChecklist } from "@/components/location-checklist"
import { PageHeader } from "@/components/page-header"
import { PermissionChecklist } from "@/components/permission-checklist"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import users from "@/i18n/users"
import { actingFor } from "@/lib/acting"
import { amounts, personName } from "@/lib/format"
import { allMembers, visibleLocations } from "@/lib/members"

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Container className="flex flex-col gap-4">
        <Heading level="h2" id={id}>
          {title}
        </Heading>
        {children}
      </Container>
    </section>
  )
}

/** One member: what they may do, and (members.manage) the forms that change it. */
export default async function Member({ params }: { params: Promise<{ org: string; membership: string }> }) {
  const { org, membership: membershipId } = await params
  const { membership: me, can } = await actingFor(org)
  const t = await translate(users)
  const c = await translate(common)
  const locale = await currentLocale()
  // The store has no single-member read: the member is found in the list (members.view).
  if (!can("members.view")) notFound()
  const member = (await allMembers(org)).find((candidate) => candidate.id === membershipId)
  if (!member) notFound()

  const self = member.id === me.id
  const manage = can("members.manage")
  const name = personName(member.customer)
  const checklistLabels = { role: t.checklist.role, permissions: t.checklist.permissions, hint: t.checklist.hint, checkAll: t.checklist.checkAll }

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link className="text-ui-fg-interactive text-sm" href={`/account/${org}/users`}>
        {t.member.back}
      </Link>
      <PageHeader title={name} subtitle={member.customer?.email ?? undefined} />

      <Section id="summary-heading" title={t.member.summary}>
        {self ? <Text weight="plus">{t.member.self}</Text> : null}
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-ui-fg-subtle text-sm">{t.list.role}</dt>
            <dd data-testid="member-role">{c.roles[member.role]}</dd>
          </div>
          <div>
            <dt className="text-ui-fg-subtle text-sm">{t.list.status}</dt>
            <dd>
              <Badge size="small">{c.status[member.status] ?? member.status}</Badge>
            </dd>
          </div>
          <div>
            <dt className="text-ui-fg-subtle text-sm">{t.list.locations}</dt>
            <dd>{member.locations.map((location) => location.label).join(", ") || t.list.none}</dd>
          </div>
          <div>
            <dt className="text-ui-fg-subtle text-sm">{t.list.spendingLimit}</dt>
            <dd data-testid="member-limit">{amounts(locale, member.spending_limit) ?? t.list.noLimit}</dd>
          </div>
        </dl>
        <div>
          <Text size="small" className="text-ui-fg-subtle">
            {t.list.permissions}
          </Text>
          <ul className="list-disc pl-5" data-testid="member-permissions">
            {member.permissions.map((permission) => (
              <li key={permission}>{c.permissions[permission]}</li>
            ))}
          </ul>
        </div>
      </Section>

      {manage && self ? <Text role="note">{c.codes.self_change_forbidden}</Text> : null}

      {manage && !self ? (
        <>
          <Section id="role-heading" title={t.member.roleAndPermissions}>
            <ActionForm action={updateRoleAndPermissions.bind(null, org, member.id)} submitLabel={t.member.saveRole} doneLabel={c.saved}>
              <PermissionChecklist
                roles={ROLES.map((role) => ({ value: role, label: c.roles[role] }))}
                permissions={PERMISSIONS.map((permission) => ({ value: permission, label: c.permissions[permission] }))}
                presets={ROLE_PERMISSIONS}
                role={member.role}
                checked={member.permissions}
                labels={checklistLabels}
              />
            </ActionForm>
          </Section>

          <Section id="locations-heading" title={t.locations.legend}>
            <ActionForm action={updateLocations.bind(null, org, member.id)} submitLabel={t.member.saveLocations} doneLabel={c.saved}>
              <LocationChecklist
                locations={await visibleLocations(org)}
                checked={member.locations.map((location) => location.id)}
                labels={{ legend: t.locations.legend, hint: t.locations.hint, none: t.locations.none }}
              />
            </ActionForm>
          </Section>

          <Section id="limit-heading" title={t.member.spendingLimit}>
            {me.role !== "admin" ? (
              <Text role="note">{c.codes.spending_limit_admin_only}</Text>
            ) : member.spending_limit_set_by === "merchant" ? (
              <Text role="note">{c.codes.spending_limit_merchant_set}</Text>
            ) : (
              <ActionForm action={updateSpendingLimit.bind(null, org, member.id)} submitLabel={t.member.saveLimit} doneLabel={c.saved}>
                <Text size="small" className="text-ui-fg-subtle">
                  {t.member.limitIntro}
                </Text>
                {Object.entries(member.spending_limit ?? {}).map(([currency, amount]) => (
                  <Field
                    key={currency}
                    label={fill(t.member.limitAmount, { currency: currency.toUpperCase() })}
                    name={`limit.${currency}`}
                    type="number"
                    min={0}
                    step="0.01"
                    defaultValue={amount}
                  />
                ))}
                <div className="grid gap-4 sm:grid-cols-2">
                  <Field label={t.member.newCurrency} name="new_currency" maxLength={3} autoComplete="off" />
                  <Field label={t.member.newAmount} name="new_amount" type="number" min={0} step="0.01" />
                </div>
              </ActionForm>
            )}
          </Section>
        </>
      ) : null}

      {manage ? (
        <Section id="status-heading" title={t.member.status}>
          {member.status === "pending" ? (
            <Text>{t.member.pendingNow}</Text>
          ) : member.status === "active" ? (
            <>
              <Text>{t.member.activeNow}</Text>
              <ActionForm variant="secondary" action={setMemberStatus.bind(null, org, member.id, "deactivated")} submitLabel={t.member.deactivate} />
            </>
          ) : (
            <>
              <Text>{t.member.deactivatedNow}</Text>
              <ActionForm action={setMemberStatus.bind(null, org, member.id, "active")} submitLabel={t.member.reactivate} />
            </>
          )}
        </Section>
      ) : null}

      {manage ? (
        <Section id="remove-heading" title={self ? t.member.leave : t.member.remove}>
          <Text>{t.member.removeIntro}</Text>
          <ActionForm variant="danger" action={removeMember.bind(null, org, member.id, self)} submitLabel={self ? t.member.leaveSubmit : t.member.removeSubmit}>
            <CheckboxField name="confirm" required label={self ? t.member.confirmLeave : fill(t.member.confirmRemove, { name })} />
          </ActionForm>
        </Section>
      ) : null}
    </div>
  )
}
