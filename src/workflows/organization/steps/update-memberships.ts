import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateMembershipDTO } from "../../../modules/organization/types"
import { organizationService } from "./organization-service"

export type UpdateMembershipsStepInput = {
  organization_id: string
  memberships: UpdateMembershipDTO[]
}

export const updateMembershipsStepId = "update-memberships"

/** Updates under the organization's row lock, keeping at least one active admin (409 otherwise). */
export const updateMembershipsStep = createStep(
  updateMembershipsStepId,
  async ({ organization_id, memberships }: UpdateMembershipsStepInput, { container }) => {
    const service = organizationService(container)
    const fields = [...new Set(memberships.flatMap((m) => Object.keys(m)))]
    const previous = await service.listOrganizationMemberships(
      { id: memberships.map((m) => m.id), organization_id },
      { select: fields as any }
    )
    const updated = await service.updateMembershipsKeepingAdmin(organization_id, memberships)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await organizationService(container).updateOrganizationMemberships(previous as any)
  }
)
