import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveOne } from "../../utils/graph"

export function refetchAccountRequest(scope: MedusaContainer, id: string, fields: string[]) {
  return retrieveOne(scope, "organization_account_request", "Account request", id, {}, fields)
}
