import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads one organization with the requested fields; 404 when it does not exist (or is deleted). */
export async function refetchOrganization(
  id: string,
  scope: MedusaContainer,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [organization],
  } = await query.graph({ entity: "organization", filters: { id }, fields })
  if (!organization) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Organization with id: ${id} was not found`
    )
  }
  return organization
}
