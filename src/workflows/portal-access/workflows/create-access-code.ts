import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PortalEvents } from "../../../lib/events"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { createAccessCodeStep, type CreateAccessCodeInput } from "../steps/create-access-code"
import { validateLocationStep } from "../steps/validate-portal-location"

export type CreateAccessCodeWorkflowInput = CreateAccessCodeInput & AdditionalData

export const createAccessCodeWorkflowId = "create-portal-access-code"

/**
 * A portal access code for the organization or one of its locations; the code is answered once.
 * Hook `accessCodeCreated` receives `{ access_code, additional_data }` (never the code itself).
 */
export const createAccessCodeWorkflow = createWorkflow(createAccessCodeWorkflowId, (input: CreateAccessCodeWorkflowInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const data = withoutAdditionalData(input)
  validateLocationStep(data)
  const created = createAccessCodeStep(data)
  emitEventStep({
    eventName: PortalEvents.ACCESS_CODE_CREATED,
    data: transform({ created }, ({ created }) => ({ id: created.access_code.id, organization_id: created.access_code.organization_id })),
  })
  const accessCodeCreated = createHook("accessCodeCreated", {
    access_code: created.access_code,
    additional_data: input.additional_data,
  })
  return new WorkflowResponse(created, { hooks: [accessCodeCreated] })
})
