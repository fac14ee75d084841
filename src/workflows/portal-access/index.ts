import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOrganizationsExistStep } from "../organization/steps/validate-organizations-exist"
import {
  changeAccessCodeStep,
  createAccessCodeStep,
  createAssetStep,
  endPortalSessionsStep,
  regenerateAssetTokenStep,
  validateLocationStep,
  type ChangeAccessCodeInput,
  type CreateAccessCodeInput,
  type CreateAssetInput,
} from "./steps/portal-access"

export * from "./steps/portal-access"

// No events and no e-mails: the merchant hands codes over themselves (seed 003).

export const createAccessCodeWorkflow = createWorkflow("create-portal-access-code", (input: CreateAccessCodeInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  validateLocationStep(input)
  return new WorkflowResponse(createAccessCodeStep(input))
})

export const changeAccessCodeWorkflow = createWorkflow("change-portal-access-code", (input: ChangeAccessCodeInput) => {
  return new WorkflowResponse(changeAccessCodeStep(input))
})

export const createAssetWorkflow = createWorkflow("create-portal-asset", (input: CreateAssetInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  validateLocationStep(input)
  return new WorkflowResponse(createAssetStep(input))
})

export const regenerateAssetTokenWorkflow = createWorkflow(
  "regenerate-portal-asset-token",
  (input: { organization_id: string; id: string }) => new WorkflowResponse(regenerateAssetTokenStep(input))
)

export const endPortalSessionsWorkflow = createWorkflow(
  "end-portal-sessions",
  (input: { organization_id: string }) => new WorkflowResponse(endPortalSessionsStep(input))
)
