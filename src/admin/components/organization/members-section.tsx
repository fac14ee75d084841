import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { FormDrawer } from "../form-drawer"
import { queryState } from "../page-state"
import { Section } from "../section"
import { Status } from "../status"
import { notify } from "../notify"
import { useCopyLink } from "../copy-link-dialog"
import { useEmailOutcome } from "../email-outcome"
import { useConfirm } from "../use-confirm"
import { errorMessage } from "../../lib/errors"
import {
  useActivationLink,
  useAddMember,
  useMemberSpending,
  useMembers,
  useRemoveMember,
  useSendActivation,
  useUpdateMember,
} from "../../lib/queries/members"
import { dash, formatCurrencyAmounts, formatDate, formatMoney, personName } from "../../lib/format"
import { currencyAmountsText, parseCurrencyAmounts } from "../../../lib/money"
import { addMemberSchema, updateMemberSchema } from "../../lib/schemas/members"
import { useT } from "../../lib/i18n"
import { ROLE_PERMISSIONS, type Permission, type Role } from "../../lib/roles"
import type { Membership } from "../../lib/types"
import {
  accessBody,
  accessFields,
  emailField,
  locationsField,
  newcomerLocations,
  spendingLimitField,
  useLocationChoices,
} from "./member-fields"

export function MembersSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const confirm = useConfirm()
  const page = usePage(20)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<Membership | null>(null)
  const list = useMembers(organizationId, page.query)
  const data = list.data
  const locations = useLocationChoices(organizationId)
  const newcomer = newcomerLocations(t, locations)
  const add = useAddMember(organizationId)
  const update = useUpdateMember(organizationId)
  const remove = useRemoveMember(organizationId)
  const activation = useSendActivation(organizationId)
  const activationLink = useActivationLink(organizationId)
  const { copyLink, dialog } = useCopyLink()
  const reportEmail = useEmailOutcome()

  /** A fresh activation (or set-password) link for the member, shown once; the previous one dies. */
  const copyActivationLink = (m: Membership) =>
    copyLink(() => activationLink.mutateAsync(m.id), t("members.activationLinkTitle", { name: personName(m.customer) }))
  const sendActivation = async (m: Membership) => {
    try {
      const { email } = await activation.mutateAsync(m.id)
      reportEmail(email, {
        sent: (to) => t("members.activationSent", { email: to }),
        copyLink: () => copyActivationLink(m),
        done: t("members.activationRequested"),
      })
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const actionsOf = (m: Membership) => {
    const who = personName(m.customer)
    const active = m.status === "active"
    // A pending member becomes active only by its e-mailed link (the server refuses any status
    // change): the link comes first, and neither "Reactivate" nor "Deactivate" is offered.
    const pending = m.status === "pending"
    const edit = { label: t("actions.edit"), onClick: () => setEditing(m) }
    const activation = [
      { label: t("members.sendActivation"), onClick: () => sendActivation(m) },
      { label: t("members.copyActivationLink"), onClick: () => copyActivationLink(m) },
    ]
    return [
      ...(pending ? [...activation, edit] : [edit, ...activation]),
      {
        label: active ? t("members.deactivate") : t("members.reactivate"),
        hidden: pending,
        onClick: async () => {
          if (active && !(await confirm(t("members.deactivateTitle"), t("members.deactivateText", { name: who }), t("members.deactivate")))) return
          await notify(() => update.mutateAsync({ id: m.id, body: { status: active ? "deactivated" : "active" } }), t("members.saved"))
        },
      },
      {
        label: t("members.remove"),
        danger: true,
        onClick: async () => {
          if (!(await confirm(t("members.removeTitle"), t("members.removeText", { name: who }), t("members.remove")))) return
          await notify(() => remove.mutateAsync(m.id), t("members.removed"))
        },
      },
    ]
  }

  const columns: Column<Membership>[] = [
    {
      key: "name",
      header: t("members.member"),
      cell: (m) => (
        <div>
          <Text size="small" weight="plus">{personName(m.customer)}</Text>
          <Text size="small" className="text-ui-fg-subtle">{m.customer?.email}</Text>
        </div>
      ),
    },
    { key: "role", header: t("members.role"), cell: (m) => t(`roles.${m.role}`, { defaultValue: m.role }) },
    { key: "permissions", header: t("members.permissions"), cell: (m) => <PermissionSummary membership={m} /> },
    { key: "locations", header: t("members.locations"), cell: (m) => m.locations?.map((l) => l.label).join(", ") || dash },
    { key: "limit", header: t("members.spendingLimit"), cell: (m) => formatCurrencyAmounts(m.spending_limit) },
    { key: "status", header: t("members.status"), cell: (m) => <Status value={m.status} /> },
    { key: "actions", header: "", className: "w-px", cell: (m) => <ActionMenu label={t("actions.more")} actions={actionsOf(m)} /> },
  ]

  return (
    <Section
      testId="organization-members"
      title={t("members.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t("members.add")}
        </Button>
      }
    >
      <DataList
        columns={columns}
        rows={data?.memberships}
        {...queryState(list)}
        emptyText={t("members.empty")}
        pagination={page.pagination(data?.count)}
      />
      <FormDrawer
        open={adding}
        onOpenChange={setAdding}
        title={t("members.add")}
        description={t("members.addDescription")}
        fields={[emailField(t, ["customer_id"]), ...accessFields(t), ...newcomer.fields, spendingLimitField(t)]}
        schema={addMemberSchema}
        initial={{ email: "", role: "buyer", permissions: [...ROLE_PERMISSIONS.buyer], ...newcomer.initial, spending_limit: "" }}
        submitLabel={t("members.add")}
        successMessage={t("members.added")}
        onSubmit={(values) =>
          add.mutateAsync({
            email: String(values.email).trim(),
            ...accessBody(values),
            ...newcomer.body(values),
            // The schema checked the text: empty, or amounts per currency.
            ...(parseCurrencyAmounts(String(values.spending_limit)) ? { spending_limit: parseCurrencyAmounts(String(values.spending_limit)) } : {}),
          })
        }
      />
      <FormDrawer
        open={!!editing}
        onOpenChange={(open) => !open && setEditing(null)}
        title={t("members.edit", { name: personName(editing?.customer) })}
        fields={[...accessFields(t), locationsField(t, locations), spendingLimitField(t)]}
        aside={() => <SpendingThisPeriod organizationId={organizationId} membershipId={editing?.id ?? null} />}
        schema={updateMemberSchema}
        initial={{
          role: editing?.role ?? "buyer",
          permissions: editing?.permissions ?? [],
          location_ids: editing?.locations?.map((l) => l.id) ?? [],
          spending_limit: currencyAmountsText(editing?.spending_limit),
        }}
        submitLabel={t("actions.save")}
        successMessage={t("members.saved")}
        onSubmit={(values) =>
          update.mutateAsync({
            id: editing!.id,
            body: {
              ...accessBody(values),
              location_ids: values.location_ids as string[],
              spending_limit: parseCurrencyAmounts(String(values.spending_limit)) ?? null,
            },
          })
        }
      />
      {dialog}
    </Section>
  )
}

/** What the member spent of their limit this period (the ledger the checkout decides from); nothing without a limit. */
function SpendingThisPeriod({ organizationId, membershipId }: { organizationId: string; membershipId: string | null }) {
  const { t } = useT()
  const { data } = useMemberSpending(organizationId, membershipId)
  if (!data?.spending.limits.length) return null
  return (
    <div data-testid="member-spending" className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">{t("members.spentSince", { since: formatDate(data.spending.since) })}</Text>
      {data.spending.limits.map((use) => (
        <Text key={use.currency_code} size="small" className="text-ui-fg-subtle">
          {t("members.spentOf", {
            spent: formatMoney(use.spent, use.currency_code),
            limit: formatMoney(use.limit, use.currency_code),
            remaining: formatMoney(use.remaining, use.currency_code),
          })}
        </Text>
      ))}
    </div>
  )
}

/** The role's name, plus what was granted or revoked on top of it. */
function PermissionSummary({ membership }: { membership: Membership }) {
  const { t } = useT()
  const preset: readonly Permission[] = ROLE_PERMISSIONS[membership.role as Role] ?? []
  const extra = membership.permissions.filter((p) => !preset.includes(p))
  const missing = preset.filter((p) => !membership.permissions.includes(p))
  const label = (permission: string) => t(`permissions.${permission}`, { defaultValue: permission })
  return (
    <Text size="small" className="text-ui-fg-subtle" title={membership.permissions.join(", ")}>
      {t("members.permissionCount", { count: membership.permissions.length })}
      {extra.map((p) => ` · +${label(p)}`).join("")}
      {missing.map((p) => ` · −${label(p)}`).join("")}
    </Text>
  )
}
