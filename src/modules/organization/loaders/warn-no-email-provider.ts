import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { emailDeliveryOf } from "../../../lib/notifications"

/**
 * At start: warn when no notification provider serves the `email` channel. A plain store has
 * only the local provider on `feed`, so every invitation and activation e-mail would fail; the
 * admin shows the same message (GET /admin/b2b/status) and offers links to copy instead.
 */
export default async function warnNoEmailProvider({ container }: LoaderOptions) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as
    | { modules?: Record<string, unknown> }
    | undefined
  const { message } = emailDeliveryOf(config)
  if (message) container.resolve(ContainerRegistrationKeys.LOGGER).warn(message)
}
