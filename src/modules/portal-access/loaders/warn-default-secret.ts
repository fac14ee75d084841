import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defaultSecretWarning } from "../../../lib/secrets"

/**
 * At start: warn when the store signs its tokens with Medusa's default JWT secret outside
 * development. Medusa itself refuses a missing secret only when NODE_ENV is production, so a
 * store started without NODE_ENV, or with a config that falls back to "supersecret", runs on it.
 */
export default async function warnDefaultSecret({ container }: LoaderOptions) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as
    | { projectConfig?: { http?: { jwtSecret?: unknown } } }
    | undefined
  const warning = defaultSecretWarning(config?.projectConfig?.http?.jwtSecret, process.env.NODE_ENV)
  if (warning) container.resolve(ContainerRegistrationKeys.LOGGER).warn(warning)
}
