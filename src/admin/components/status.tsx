import { StatusBadge } from "@medusajs/ui"
import { useT } from "../lib/i18n"

const COLORS: Record<string, "green" | "red" | "orange" | "grey" | "blue"> = {
  active: "green",
  approved: "green",
  accepted: "green",
  pending: "orange",
  suspended: "red",
  rejected: "red",
  deactivated: "grey",
  revoked: "grey",
  expired: "grey",
  open: "blue",
  approval: "orange",
}

/** Any status of the plugin (organization, member, request, invitation, registration mode). */
export function Status({ value }: { value: string }) {
  const { t } = useT()
  return (
    <StatusBadge color={COLORS[value] ?? "grey"} data-status={value}>
      {t(`status.${value}`, { defaultValue: value })}
    </StatusBadge>
  )
}
