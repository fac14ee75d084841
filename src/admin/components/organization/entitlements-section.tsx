import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { FormDrawer, textOrNull, type FormField, type Values } from "../form-drawer"
import { notify } from "../notify"
import { queryState } from "../page-state"
import { Section } from "../section"
import { useConfirm } from "../use-confirm"
import { useDeleteEntitlement, useEntitlements, useSaveEntitlement } from "../../lib/queries/entitlements"
import { formatDate } from "../../lib/format"
import { createEntitlementSchema, updateEntitlementSchema } from "../../lib/schemas/entitlements"
import { ENTITLEMENT_KINDS } from "../../../lib/constants"
import { useT } from "../../lib/i18n"
import type { CreateEntitlementBody, UpdateEntitlementBody } from "../../lib/requests"
import type { Entitlement, EntitlementKind } from "../../lib/types"

/** Subscriptions and trainings with seat usage; seats themselves are handed out in the storefront. */
export function EntitlementsSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const confirm = useConfirm()
  const page = usePage(10)
  const [editing, setEditing] = useState<Entitlement | "new" | null>(null)
  const list = useEntitlements(organizationId, page.query)
  const data = list.data
  const save = useSaveEntitlement(organizationId)
  const remove = useDeleteEntitlement(organizationId)

  const fields: FormField[] = [
    ...(editing === "new"
      ? [{ name: "kind", label: t("entitlements.kind"), kind: "select" as const, options: ENTITLEMENT_KINDS.map((k) => ({ value: k, label: t(`entitlements.kinds.${k}`) })) }]
      : []),
    { name: "title", label: t("entitlements.name") },
    { name: "seats", label: t("entitlements.seats"), hint: t("entitlements.seatsHint") },
    ...(editing === "new" ? [{ name: "starts_at", label: t("entitlements.startsAt") }] : []),
    { name: "ends_at", label: t("entitlements.endsAt"), hint: t("entitlements.endsAtHint") },
  ]
  const current = editing === "new" ? null : editing
  const initial: Values = {
    kind: "subscription",
    title: current?.title ?? "",
    seats: current ? String(current.seats ?? "unlimited") : "2",
    starts_at: "",
    ends_at: current?.ends_at?.slice(0, 10) ?? "",
  }
  const body = (v: Values): CreateEntitlementBody | UpdateEntitlementBody => {
    const changes = {
      title: String(v.title).trim(),
      seats: /^unlimited$/i.test(String(v.seats).trim()) ? ("unlimited" as const) : Number(v.seats),
      ends_at: textOrNull(v.ends_at),
    }
    if (editing !== "new") return changes
    // The kind select's options are the entitlement kinds.
    return { kind: v.kind as EntitlementKind, ...(textOrNull(v.starts_at) ? { starts_at: v.starts_at } : {}), ...changes }
  }

  const columns: Column<Entitlement>[] = [
    { key: "title", header: t("entitlements.name"), cell: (e) => e.title },
    { key: "kind", header: t("entitlements.kind"), cell: (e) => t(`entitlements.kinds.${e.kind}`) },
    {
      key: "seats",
      header: t("entitlements.seatUsage"),
      cell: (e) => (e.seats === null ? t("entitlements.usedUnlimited", { used: e.used }) : t("entitlements.used", { used: e.used, seats: e.seats })),
    },
    { key: "valid", header: t("entitlements.valid"), cell: (e) => `${formatDate(e.starts_at)} – ${formatDate(e.ends_at)}` },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (e) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            { label: t("actions.edit"), onClick: () => setEditing(e) },
            {
              label: t("actions.delete"),
              danger: true,
              onClick: async () => {
                if (!(await confirm(t("entitlements.deleteTitle"), t("entitlements.deleteText", { title: e.title }), t("actions.delete")))) return
                await notify(() => remove.mutateAsync(e.id), t("entitlements.deleted"))
              },
            },
          ]}
        />
      ),
    },
  ]

  return (
    <Section
      testId="organization-entitlements"
      title={t("entitlements.title")}
      subtitle={t("entitlements.subtitle")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          {t("entitlements.add")}
        </Button>
      }
    >
      <DataList columns={columns} rows={data?.entitlements} {...queryState(list)} emptyText={t("entitlements.empty")} pagination={page.pagination(data?.count)} />
      <FormDrawer
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === "new" ? t("entitlements.add") : t("entitlements.edit")}
        fields={fields}
        schema={editing === "new" ? createEntitlementSchema : updateEntitlementSchema}
        initial={initial}
        submitLabel={editing === "new" ? t("entitlements.add") : t("actions.save")}
        successMessage={t("entitlements.saved")}
        onSubmit={(v) => save.mutateAsync({ id: editing === "new" ? undefined : editing?.id, body: body(v) })}
      />
    </Section>
  )
}
