import { Alert, Text } from "@medusajs/ui"
import { useB2bStatus } from "../lib/queries/status"
import { useT } from "../lib/i18n"

/**
 * Shown on every plugin page while no notification provider serves the `email` channel: the
 * plugin's invitation, activation and approval e-mails cannot be delivered until one does.
 */
export function EmailDeliveryBanner({ inset = false }: { inset?: boolean }) {
  const { t } = useT()
  const { data } = useB2bStatus()
  // Unknown (loading, or a server without the status route): say nothing rather than guess.
  if (!data || data.email_delivery.configured) return null
  const banner = (
    <Alert variant="warning" data-testid="email-delivery-banner">
      <Text size="small" weight="plus">{t("emailDelivery.title")}</Text>
      {/* The server's own warning (the one it logs at start-up), else ours. */}
      <Text size="small">{data.email_delivery.message ?? `${t("emailDelivery.message")} ${t("emailDelivery.hint")}`}</Text>
    </Alert>
  )
  // `inset`: as the first row of a page's only section (list pages).
  return inset ? <div className="px-6 py-4">{banner}</div> : banner
}
