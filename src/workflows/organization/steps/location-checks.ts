import { MedusaError } from "@medusajs/framework/utils"
import { ConflictError } from "../../../lib/errors"
import { organizationService } from "../../common/module-services"

type Container = Parameters<typeof organizationService>[0]

/** 404 unless the location is a live one of the organization (another's id looks unknown). */
export async function assertLocationOf(container: Container, organizationId: string, id: string) {
  const [location] = await organizationService(container).listOrganizationLocations(
    { id, organization_id: organizationId },
    { select: ["id"] }
  )
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${id} was not found`)
  }
}

/** A friendly 409 for a label in use; the unique index is the real guarantee. */
export async function assertLabelFree(container: Container, organizationId: string, label: string, id?: string) {
  const [taken] = await organizationService(container).listOrganizationLocations(
    { organization_id: organizationId, label },
    { select: ["id"] }
  )
  if (taken && taken.id !== id) {
    throw new ConflictError(`The organization already has a location labelled "${label}"`)
  }
}
