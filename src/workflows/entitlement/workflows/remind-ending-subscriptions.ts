import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { claimEndingSubscriptionsStep } from "../steps/claim-ending-subscriptions"

export type RemindEndingSubscriptionsInput = {
  /** How far ahead to look (the `subscriptionReminderDays` option). */
  within_days: number
  /** Now, as the scheduled job's tick saw it. */
  now?: Date
} & AdditionalData

export const remindEndingSubscriptionsWorkflowId = "remind-ending-subscriptions"

/**
 * Claims the subscriptions that end within `within_days` and were not reminded of that end
 * date yet (the scheduled job `b2b-remind-ending-subscriptions`), and emits
 * `entitlement.ending` for each; a subscriber e-mails the organization's members with
 * entitlements.manage. Hook `subscriptionsEnding` ({ entitlements, additional_data }) runs after.
 */
export const remindEndingSubscriptionsWorkflow = createWorkflow(
  remindEndingSubscriptionsWorkflowId,
  (input: RemindEndingSubscriptionsInput) => {
    const stepInput = transform({ input }, ({ input }) => {
      const now = input.now ? new Date(input.now) : new Date()
      return { until: new Date(now.getTime() + input.within_days * 24 * 60 * 60 * 1000) }
    })
    const ending = claimEndingSubscriptionsStep(stepInput)
    emitEventStep({ eventName: EntitlementEvents.ENDING, data: ending })
    const subscriptionsEnding = createHook("subscriptionsEnding", { entitlements: ending, additional_data: input.additional_data })
    return new WorkflowResponse(ending, { hooks: [subscriptionsEnding] })
  }
)
