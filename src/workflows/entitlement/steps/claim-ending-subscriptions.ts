import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entitlementService } from "../../common/module-services"

export type ClaimEndingSubscriptionsStepInput = {
  /** Subscriptions ending before this, not yet reminded of their end date, are claimed. */
  until: Date
}

/** Marks the subscriptions to remind (once per end date); compensation restores the marks. */
export const claimEndingSubscriptionsStepId = "claim-ending-subscriptions"
export const claimEndingSubscriptionsStep = createStep(
  claimEndingSubscriptionsStepId,
  async ({ until }: ClaimEndingSubscriptionsStepInput, { container }) => {
    const claimed = await entitlementService(container).claimEndingSubscriptions(until)
    return new StepResponse(
      claimed.map(({ id, organization_id, ends_at }) => ({ id, organization_id, ends_at })),
      claimed.map(({ id, previous_reminded_for }) => ({ id, ending_reminded_for: previous_reminded_for }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await entitlementService(container).updateEntitlements(previous)
  }
)
