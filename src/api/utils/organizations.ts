import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveOne } from "./graph"

/** Reads one organization with the requested fields; 404 when it does not exist (or is deleted). */
export function refetchOrganization(id: string, scope: MedusaContainer, fields: string[]) {
  return retrieveOne(scope, "organization", "Organization", id, {}, fields)
}
