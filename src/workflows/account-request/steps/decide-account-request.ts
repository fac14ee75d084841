import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../organization/steps/organization-service"

export type DecideAccountRequestInput = {
  id: string
  status: "approved" | "rejected"
  decided_by: string
  reason?: string | null
}

export const decideAccountRequestStepId = "decide-account-request"

/** Records the decision once (409 for a second one); compensation puts it back to pending. */
export const decideAccountRequestStep = createStep(
  decideAccountRequestStepId,
  async ({ id, ...decision }: DecideAccountRequestInput, { container }) => {
    const decided = await organizationService(container).decideAccountRequest(id, decision)
    return new StepResponse(decided, id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).updateOrganizationAccountRequests({
      id,
      status: "pending",
      decided_by: null,
      decided_at: null,
      reason: null,
    } as any)
  }
)
