import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveOne } from "../../utils/graph"
import { queryConfigs, retrieveQuery } from "../../utils/query-configs"
import { locationFields } from "../locations/query-config"

// The organization's fields, shared by the admin and the store routes.
export const organizationFields = [
  "id",
  "name",
  "legal_name",
  "vat_number",
  "registration_number",
  "country_code",
  "status",
  "metadata",
  "created_at",
  "updated_at",
]

export const organizationQueryConfigs = queryConfigs(organizationFields, 20)
export const retrieveOrganizationQuery = retrieveQuery(organizationQueryConfigs)

/** An organization with its delivery locations, as the approval of an account request answers it. */
export const organizationWithLocationsFields = [...organizationFields, ...locationFields.map((field) => `locations.${field}`)]

/**
 * Reads one organization with the requested fields; 404 when it does not exist (or is
 * deleted). Every organization route of every domain answers an unknown organization so.
 */
export function refetchOrganization(id: string, scope: MedusaContainer, fields: string[]) {
  return retrieveOne(scope, "organization", "Organization", id, {}, fields)
}
