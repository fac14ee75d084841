// Whether the plugin's e-mails can go out: the pure reading of the store's config. Sending them
// (the Notification module, the members' preferences) is src/workflows/common/notifications.ts.

/** What an action that e-mails a link reports about the e-mail (README "E-mail delivery"). */
export type EmailOutcome = { status: "sent" | "failed"; to: string; reason?: string }

/** Whether any notification provider serves the `email` channel, read from the store's config. */
export type EmailDelivery = { configured: boolean; providers: string[]; message: string | null }

export const NO_EMAIL_PROVIDER_REASON = "No notification provider serves the email channel"

export const NO_EMAIL_PROVIDER_WARNING =
  `${NO_EMAIL_PROVIDER_REASON}: invitation, activation and approval e-mails of medusa-plugin-b2b-accounts ` +
  "cannot be delivered. Configure one in medusa-config (README \"E-mail delivery\"); meanwhile copy " +
  "invitation and activation links from the admin."

/** The config key of Medusa's Notification module (`Modules.NOTIFICATION`). */
export const NOTIFICATION_MODULE_KEY = "notification"

type ProviderConfig = { id?: string; options?: { channels?: string[] } }
type NotificationModuleConfig = { options?: { providers?: ProviderConfig[]; cloud?: Record<string, unknown> } }

/**
 * The providers serving `email` in a config module. Medusa's notification module registers its
 * cloud e-mail provider only when no configured provider serves `email` and its cloud options
 * are complete; the same rule is followed here.
 */
export function emailDeliveryOf(config: { modules?: Record<string, unknown> } | undefined): EmailDelivery {
  const notification = config?.modules?.[NOTIFICATION_MODULE_KEY] as NotificationModuleConfig | boolean | undefined
  const options = typeof notification === "object" ? notification.options : undefined
  const providers = (options?.providers ?? [])
    .filter((provider) => provider.options?.channels?.includes("email"))
    .map((provider) => provider.id ?? "unnamed")
  const cloud = options?.cloud ?? {}
  if (!providers.length && cloud.api_key && cloud.endpoint && (cloud.environment_handle || cloud.sandbox_handle)) {
    providers.push("cloud")
  }
  return { configured: providers.length > 0, providers, message: providers.length ? null : NO_EMAIL_PROVIDER_WARNING }
}
