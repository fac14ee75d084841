import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import { deleteOrganizationsStep } from "../steps/delete-organizations"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export type DeleteOrganizationsWorkflowInput = { ids: string[] }

export const deleteOrganizationsWorkflowId = "delete-organizations"

export const deleteOrganizationsWorkflow = createWorkflow(
  deleteOrganizationsWorkflowId,
  (input: DeleteOrganizationsWorkflowInput) => {
    validateOrganizationsExistStep(input.ids)
    deleteOrganizationsStep(input.ids)
    const eventData = transform({ input }, ({ input }) => input.ids.map((id) => ({ id })))
    emitEventStep({ eventName: OrganizationEvents.DELETED, data: eventData })
    return new WorkflowResponse(input.ids)
  }
)
