import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { endPortalSessionsStep } from "../steps/end-portal-sessions"

export const endPortalSessionsWorkflowId = "end-portal-sessions"

/** Ends an organization's portal sessions for good (subscriber: organization suspended or deleted). */
export const endPortalSessionsWorkflow = createWorkflow(
  endPortalSessionsWorkflowId,
  (input: { organization_id: string }) => new WorkflowResponse(endPortalSessionsStep(input))
)
