import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobSchedule } from "../lib/job-schedule"
import { pluginOptions } from "../workflows/common/plugin-options"
import { remindEndingSubscriptionsWorkflow } from "../workflows/entitlement/workflows/remind-ending-subscriptions"

const name = "b2b-remind-ending-subscriptions"

/** Daily: subscriptions ending within `subscriptionReminderDays` are announced once per end date (0: off). */
export default async function remindEndingSubscriptions(container: MedusaContainer, context?: { scheduledFor: Date }) {
  const days = pluginOptions(container).subscriptionReminderDays
  const now = context?.scheduledFor ?? new Date()
  const { result } =
    days > 0 ? await remindEndingSubscriptionsWorkflow(container).run({ input: { within_days: days, now } }) : { result: [] }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[b2b-accounts] ${name} tick ${now.toISOString()}: ${result.length} reminded`)
}

export const config = { name, schedule: jobSchedule("0 7 * * *", process.env.B2B_JOB_INTERVAL_MS) }
