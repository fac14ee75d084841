import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export type RemoveMembershipsStepInput = { organization_id: string; ids: string[] }

export const removeMembershipsStepId = "remove-memberships"

/** Soft delete (orders and history keep pointing at it), keeping at least one active admin. */
export const removeMembershipsStep = createStep(
  removeMembershipsStepId,
  async ({ organization_id, ids }: RemoveMembershipsStepInput, { container }) => {
    await organizationService(container).removeMembershipsKeepingAdmin(organization_id, ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await organizationService(container).restoreOrganizationMemberships(ids)
  }
)
