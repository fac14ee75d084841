import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { endPortalSessionsStep } from "../steps/end-portal-sessions"

export type EndPortalSessionsWorkflowInput = { organization_id: string } & AdditionalData

export const endPortalSessionsWorkflowId = "end-portal-sessions"

/**
 * Ends an organization's portal sessions for good (subscriber: organization suspended or deleted).
 * Hook `portalSessionsEnded` receives `{ organization_id, ended, additional_data }` (`ended`: the workflow's result).
 */
export const endPortalSessionsWorkflow = createWorkflow(
  endPortalSessionsWorkflowId,
  (input: EndPortalSessionsWorkflowInput) => {
    const ended = endPortalSessionsStep(transform({ input }, ({ input }) => ({ organization_id: input.organization_id })))
    const portalSessionsEnded = createHook("portalSessionsEnded", {
      organization_id: input.organization_id,
      ended,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(ended, { hooks: [portalSessionsEnded] })
  }
)
