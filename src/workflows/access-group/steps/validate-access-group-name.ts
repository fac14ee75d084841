import type { MedusaContainer } from "@medusajs/framework/types"
import { ConflictError } from "../../../lib/errors"
import { accessGroupService } from "../../common/module-services"

/** A friendly 409 for a taken name; the unique index is the real guarantee. */
export async function assertAccessGroupNameFree(container: MedusaContainer, name: string, id?: string) {
  const [taken] = await accessGroupService(container).listOrganizationAccessGroups({ name }, { select: ["id"] })
  if (taken && taken.id !== id) {
    throw new ConflictError(`An access group named "${name}" already exists`)
  }
}
