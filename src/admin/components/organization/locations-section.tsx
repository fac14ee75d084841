import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../action-menu"
import { DataList, usePage, type Column } from "../data-list"
import { FormDrawer } from "../form-drawer"
import { notify } from "../notify"
import { queryState } from "../page-state"
import { Section } from "../section"
import { useConfirm } from "../use-confirm"
import { useDeleteLocation, useLocations, useSaveLocation } from "../../lib/queries/locations"
import { dash, formatAddress } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { locationSchema } from "../../lib/schemas/locations"
import type { Location } from "../../lib/types"
import { locationBody, locationFields, locationValues } from "./location-fields"

/** The organization's delivery locations; members are assigned to them from the member form. */
export function LocationsSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const confirm = useConfirm()
  const page = usePage(10)
  // null: closed; "new": adding; a location: editing it.
  const [editing, setEditing] = useState<Location | "new" | null>(null)
  const list = useLocations(organizationId, page.query)
  const data = list.data
  const save = useSaveLocation(organizationId)
  const remove = useDeleteLocation(organizationId)

  const columns: Column<Location>[] = [
    { key: "label", header: t("locations.fields.label"), cell: (l) => l.label },
    { key: "address", header: t("locations.address"), cell: (l) => formatAddress(l) },
    { key: "phone", header: t("locations.fields.phone"), cell: (l) => l.phone ?? dash },
    {
      key: "actions",
      header: "",
      className: "w-px",
      cell: (l) => (
        <ActionMenu
          label={t("actions.more")}
          actions={[
            { label: t("actions.edit"), onClick: () => setEditing(l) },
            {
              label: t("actions.delete"),
              danger: true,
              onClick: async () => {
                if (!(await confirm(t("locations.deleteTitle"), t("locations.deleteText", { label: l.label }), t("actions.delete")))) return
                await notify(() => remove.mutateAsync(l.id), t("locations.deleted"))
              },
            },
          ]}
        />
      ),
    },
  ]

  return (
    <Section
      testId="organization-locations"
      title={t("locations.title")}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          {t("locations.add")}
        </Button>
      }
    >
      <DataList columns={columns} rows={data?.locations} {...queryState(list)} emptyText={t("locations.empty")} pagination={page.pagination(data?.count)} />
      <FormDrawer
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === "new" ? t("locations.add") : t("locations.edit")}
        fields={locationFields(t)}
        schema={locationSchema}
        initial={locationValues(editing === "new" ? null : editing)}
        submitLabel={editing === "new" ? t("locations.add") : t("actions.save")}
        successMessage={t("locations.saved")}
        onSubmit={(values) => save.mutateAsync({ id: editing === "new" ? undefined : editing?.id, body: locationBody(values) })}
      />
    </Section>
  )
}
