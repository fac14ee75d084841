import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchAccountRequest(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [request],
  } = await query.graph({ entity: "organization_account_request", fields, filters: { id } })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Account request with id: ${id} was not found`)
  }
  return request
}
