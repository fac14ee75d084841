import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = { label: string; onClick: () => void; icon?: ReactNode; danger?: boolean; hidden?: boolean }

/** The "…" menu of a row or section. */
export function ActionMenu({ actions, label }: { actions: Action[]; label: string }) {
  const visible = actions.filter((action) => !action.hidden)
  if (!visible.length) return null
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label} onClick={(e) => e.stopPropagation()}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content onClick={(e) => e.stopPropagation()}>
        {visible.map((action) => (
          <DropdownMenu.Item
            key={action.label}
            onClick={action.onClick}
            className={action.danger ? "text-ui-fg-error gap-x-2" : "gap-x-2"}
          >
            {action.icon}
            {action.label}
          </DropdownMenu.Item>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
