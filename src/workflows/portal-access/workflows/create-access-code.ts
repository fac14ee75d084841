import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PortalEvents } from "../../../lib/events"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { createAccessCodeStep, type CreateAccessCodeInput } from "../steps/create-access-code"
import { validateLocationStep } from "../steps/validate-portal-location"

export const createAccessCodeWorkflowId = "create-portal-access-code"

/** A portal access code for the organization or one of its locations; the code is answered once. */
export const createAccessCodeWorkflow = createWorkflow(createAccessCodeWorkflowId, (input: CreateAccessCodeInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  validateLocationStep(input)
  const created = createAccessCodeStep(input)
  emitEventStep({
    eventName: PortalEvents.ACCESS_CODE_CREATED,
    data: transform({ created }, ({ created }) => ({ id: created.access_code.id, organization_id: created.access_code.organization_id })),
  })
  return new WorkflowResponse(created)
})
