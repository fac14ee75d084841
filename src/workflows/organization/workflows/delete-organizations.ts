import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { deleteOrganizationsStep } from "../steps/delete-organizations"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export type DeleteOrganizationsWorkflowInput = { ids: string[] } & AdditionalData

export const deleteOrganizationsWorkflowId = "delete-organizations"

/** Hook `organizationsDeleted` receives `{ ids, additional_data }`. */
export const deleteOrganizationsWorkflow = createWorkflow(
  deleteOrganizationsWorkflowId,
  (input: DeleteOrganizationsWorkflowInput) => {
    validateOrganizationsExistStep(input.ids)
    deleteOrganizationsStep(input.ids)
    const eventData = transform({ input }, ({ input }) => input.ids.map((id) => ({ id })))
    emitEventStep({ eventName: OrganizationEvents.DELETED, data: eventData })
    const organizationsDeleted = createHook("organizationsDeleted", { ids: input.ids, additional_data: input.additional_data })
    return new WorkflowResponse(input.ids, { hooks: [organizationsDeleted] })
  }
)
