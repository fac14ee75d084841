import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { UpdateOrganizationDTO } from "../../../modules/organization/types"
import { updateOrganizationsStep } from "../steps/update-organizations"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export type UpdateOrganizationsWorkflowInput = { organizations: UpdateOrganizationDTO[] }

export const updateOrganizationsWorkflowId = "update-organizations"

export const updateOrganizationsWorkflow = createWorkflow(
  updateOrganizationsWorkflowId,
  (input: UpdateOrganizationsWorkflowInput) => {
    const ids = transform({ input }, ({ input }) => input.organizations.map((o) => o.id))
    validateOrganizationsExistStep(ids)
    const organizations = updateOrganizationsStep(input.organizations)
    const eventData = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: OrganizationEvents.UPDATED, data: eventData })
    return new WorkflowResponse(organizations)
  }
)
