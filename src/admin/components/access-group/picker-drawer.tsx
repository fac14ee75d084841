import { Button, Checkbox, Drawer, Input, Label } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { usePickerList, type GroupRelation } from "../../lib/queries/access-groups"
import { EmptyState, ErrorState, LoadingState, queryState } from "../page-state"
import { useT } from "../../lib/i18n"

export type PickerSource = {
  /** The list's key in the answer, e.g. sales_channels. */
  listKey: string
  label: (row: Record<string, any>) => string
  sublabel?: (row: Record<string, any>) => string | undefined
  fields?: string
}

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  /** Whose records are searched: the group's relation (sales channels, organizations, customers). */
  relation: GroupRelation
  source: PickerSource
  /** Already linked: shown ticked and disabled. */
  existing: string[]
  /** Adds the ticked records; the drawer closes when it resolves true. */
  onPick: (ids: string[]) => Promise<boolean>
}

/** Search a Medusa list (sales channels, organizations, customers) and tick records to add. */
export function PickerDrawer({ open, onOpenChange, title, relation, source, existing, onPick }: Props) {
  const { t } = useT()
  const [q, setQ] = useState("")
  const [picked, setPicked] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (open) {
      setQ("")
      setPicked([])
    }
  }, [open])
  const list = usePickerList(relation, { q: q || undefined, limit: 20, fields: source.fields }, open)
  const state = queryState(list)
  const rows: Record<string, any>[] = list.data?.[source.listKey] ?? []

  const toggle = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id]))
  const submit = async () => {
    setSaving(true)
    const added = await onPick(picked)
    setSaving(false)
    if (added) onOpenChange(false)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Input type="search" size="small" placeholder={t("actions.search")} value={q} onChange={(e) => setQ(e.target.value)} />
          {state.error ? (
            <ErrorState error={state.error} onRetry={state.onRetry} isRetrying={state.isRetrying} />
          ) : state.isLoading ? (
            <LoadingState className="px-0" />
          ) : (
            !rows.length && <EmptyState filtered={!!q} message={t("picker.empty")} />
          )}
          {!state.error && rows.map((row) => {
            const linked = existing.includes(row.id)
            return (
              <div key={row.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={`pick-${row.id}`}
                  checked={linked || picked.includes(row.id)}
                  disabled={linked}
                  onCheckedChange={() => toggle(row.id)}
                />
                <Label htmlFor={`pick-${row.id}`} size="small">
                  {source.label(row)}
                  {source.sublabel?.(row) && <span className="text-ui-fg-subtle"> · {source.sublabel(row)}</span>}
                </Label>
              </div>
            )
          })}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" disabled={!picked.length} isLoading={saving} onClick={submit}>
            {t("picker.add", { count: picked.length })}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
