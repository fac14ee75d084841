import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { dash } from "../lib/format"
import { useT } from "../lib/i18n"

const COLORS: Record<string, "green" | "red" | "orange" | "grey" | "blue"> = {
  active: "green",
  approved: "green",
  accepted: "green",
  pending: "orange",
  suspended: "red",
  rejected: "red",
  deactivated: "grey",
  disabled: "grey",
  revoked: "grey",
  expired: "grey",
  superseded: "grey",
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

type Color = "green" | "red" | "orange" | "grey" | "blue"

// Colors as Medusa's own order list shows them.
const PAYMENT: Record<string, Color> = {
  not_paid: "red",
  awaiting: "orange",
  authorized: "orange",
  partially_authorized: "red",
  captured: "green",
  partially_captured: "orange",
  partially_refunded: "orange",
  refunded: "red",
  canceled: "red",
  requires_action: "orange",
}
const FULFILLMENT: Record<string, Color> = {
  not_fulfilled: "red",
  partially_fulfilled: "orange",
  fulfilled: "green",
  partially_shipped: "orange",
  shipped: "green",
  partially_delivered: "orange",
  delivered: "green",
  partially_returned: "orange",
  returned: "green",
  canceled: "red",
  requires_action: "orange",
}

const camel = (value: string) => value.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
const human = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ")

/**
 * An order's payment or fulfillment status as Medusa's order list shows it: its colors and its
 * own words (the dashboard's `orders.payment.status.*` / `orders.fulfillment.status.*`).
 */
export function OrderStatus({ kind, value }: { kind: "payment" | "fulfillment"; value: string | null | undefined }) {
  // The dashboard's own namespace, not the plugin's `b2b` strings.
  const { t } = useTranslation()
  if (!value) return <>{dash}</>
  const colors = kind === "payment" ? PAYMENT : FULFILLMENT
  return (
    <StatusBadge color={colors[value] ?? "grey"} data-status={value} data-testid={`order-${kind}-status`}>
      {t(`orders.${kind}.status.${camel(value)}`, { defaultValue: human(value) })}
    </StatusBadge>
  )
}
