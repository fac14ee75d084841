import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrieveOne } from "./graph"

/** Reads one organization with the requested fields; 404 when it does not exist (or is deleted). */
export function refetchOrganization(id: string, scope: MedusaContainer, fields: string[]) {
  return retrieveOne(scope, "organization", "Organization", id, {}, fields)
}

/** An organization with its delivery locations, as the approval of an account request answers it. */
export const ORGANIZATION_WITH_LOCATIONS = [
  "id",
  "name",
  "legal_name",
  "vat_number",
  "registration_number",
  "country_code",
  "status",
  "created_at",
  "locations.id",
  "locations.label",
  "locations.address_1",
  "locations.address_2",
  "locations.city",
  "locations.postal_code",
  "locations.country_code",
]

/** The store's JWT secret and options, which sign Medusa's reset-password tokens. */
export function jwtOf(req: { scope: MedusaContainer }) {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return { secret: http.jwtSecret as string, jwt_options: http.jwtOptions as Record<string, unknown> | undefined }
}
