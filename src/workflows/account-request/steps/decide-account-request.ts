import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountRequestService } from "../../common/module-services"

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
    const decided = await accountRequestService(container).decideAccountRequest(id, decision)
    return new StepResponse(decided, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountRequestService(container).updateOrganizationAccountRequests({
      id,
      status: "pending",
      decided_by: null,
      decided_at: null,
      reason: null,
    })
  }
)
