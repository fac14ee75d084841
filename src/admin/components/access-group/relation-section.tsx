import { Button } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { queryState } from "../page-state"
import { Section } from "../section"
import { useConfirm } from "../use-confirm"
import { notify } from "../notify"
import { useChangeGroupRelation, useGroupRelation, type GroupRelation } from "../../lib/queries/access-groups"
import { useT } from "../../lib/i18n"
import { PickerDrawer, type PickerSource } from "./picker-drawer"

export type RelationRow = { id: string; label: string; sublabel?: string; href: string }

type Props = {
  groupId: string
  /** The group's sub-route: sales-channels, organizations or customers. */
  relation: GroupRelation
  title: string
  subtitle?: string
  emptyText: string
  /** How one record of the page (`source.listKey` of the answer) is shown. */
  toRow: (record: Record<string, any>) => RelationRow
  /** Where records to add are searched. */
  source: PickerSource
}

/** One linked list of an access group, page by page, with adding (search and tick) and removing. */
export function RelationSection({ groupId, relation, title, subtitle, emptyText, toRow, source }: Props) {
  const { t } = useT()
  const confirm = useConfirm()
  const [picking, setPicking] = useState(false)
  const page = usePage(10)
  const list = useGroupRelation(groupId, relation, page.query)
  const data = list.data
  const rows: RelationRow[] | undefined = data?.[source.listKey]?.map(toRow)
  const change = useChangeGroupRelation(groupId, relation)

  const send = (body: { add?: string[]; remove?: string[] }, success: string) => notify(() => change.mutateAsync(body), success)

  const columns: Column<RelationRow>[] = [
    {
      key: "label",
      header: t("groups.name"),
      cell: (row) => (
        <Link to={row.href} className="text-ui-fg-interactive hover:underline">
          {row.label}
        </Link>
      ),
    },
    { key: "sublabel", header: "", cell: (row) => row.sublabel ?? "" },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (row) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            {
              label: t("groups.removeFromGroup"),
              danger: true,
              onClick: async () => {
                if (!(await confirm(t("groups.removeTitle"), t("groups.removeText", { name: row.label }), t("actions.remove")))) return
                await send({ remove: [row.id] }, t("groups.saved"))
              },
            },
          ]}
        />
      ),
    },
  ]

  return (
    <Section
      testId={`group-${relation}`}
      title={title}
      subtitle={subtitle}
      actions={
        <Button size="small" variant="secondary" onClick={() => setPicking(true)}>
          {t("actions.add")}
        </Button>
      }
    >
      <DataList
        columns={columns}
        rows={rows}
        {...queryState(list)}
        emptyText={emptyText}
        pagination={page.pagination(data?.count)}
      />
      <PickerDrawer
        open={picking}
        onOpenChange={setPicking}
        title={title}
        relation={relation}
        source={source}
        existing={rows?.map((row) => row.id) ?? []}
        onPick={(ids) => send({ add: ids }, t("groups.saved"))}
      />
    </Section>
  )
}
