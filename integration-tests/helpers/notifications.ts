import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * E-mails recorded by Medusa's Notification module (local provider), newest first.
 * Subscribers run after the request has answered, so this waits for `atLeast` of them.
 */
export async function emailsTo(
  container: MedusaContainer,
  to: string,
  { atLeast = 1, template, timeoutMs = 5000 }: { atLeast?: number; template?: string; timeoutMs?: number } = {}
) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await notifications.listNotifications(
      { to, channel: "email", ...(template ? { template } : {}) },
      { order: { created_at: "DESC" } }
    )
    if (found.length >= atLeast || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The `token` query parameter of a link in an e-mail's data (default: the invitation link). */
export const tokenFrom = (notification: { data?: Record<string, unknown> | null }, link = "accept_url") =>
  new URL(String(notification.data?.[link])).searchParams.get("token")!
