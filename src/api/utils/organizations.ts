import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveOne } from "./graph"

// Cross-cutting: every organization route of every domain answers 404 for an unknown organization.

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
