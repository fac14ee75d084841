import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { setPasswordUrl } from "../lib/links"
import { eventEmailKey, sendEmail } from "../workflows/common/notifications"
import { pluginOptions } from "../workflows/common/plugin-options"
import { MEMBER_ACTIVATION_MARKER } from "../workflows/organization/workflows/send-member-activation"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> | null }

/**
 * With the option `passwordResetEmails`, a customer who asks for a new password (Medusa's
 * `POST /auth/customer/emailpass/reset-password`, e.g. the customer zone's profile page) gets
 * the storefront's set-password link. The plugin's own activation links are e-mailed by their
 * workflow (marked events), and Medusa answers the same whether or not the e-mail exists.
 */
export default async function sendPasswordResetEmail({ event: { data }, container }: SubscriberArgs<PasswordReset>) {
  if (data.actor_type !== "customer" || data.metadata?.[MEMBER_ACTIVATION_MARKER]) return
  const options = pluginOptions(container)
  if (!options.passwordResetEmails) return
  await sendEmail(container, {
    to: data.entity_id,
    template: "passwordReset",
    data: { email: data.entity_id, url: setPasswordUrl(options.storefrontUrl, data.token, data.entity_id) },
    // Each reset has its own token; the key holds its hash, never the token.
    idempotencyKey: eventEmailKey("auth.password_reset", createHash("sha256").update(data.token).digest("hex")),
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
}
