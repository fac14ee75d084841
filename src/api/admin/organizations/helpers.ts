import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The store's JWT secret and options, which sign Medusa's reset-password tokens. */
export function jwtOf(req: { scope: MedusaContainer }) {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return { secret: http.jwtSecret as string, jwt_options: http.jwtOptions as Record<string, unknown> | undefined }
}
