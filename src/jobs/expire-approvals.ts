import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobSchedule } from "../lib/job-schedule"
import { pluginOptions } from "../workflows/common/plugin-options"
import { expireApprovalsWorkflow } from "../workflows/approval/workflows/expire-approvals"

const name = "b2b-expire-approvals"

/** Hourly: approval requests left undecided for `approvalExpiryDays` expire (0: never). */
export default async function expireApprovals(container: MedusaContainer, context?: { scheduledFor: Date }) {
  const days = pluginOptions(container).approvalExpiryDays
  const now = context?.scheduledFor ?? new Date()
  const { result } = days > 0 ? await expireApprovalsWorkflow(container).run({ input: { older_than_days: days, now } }) : { result: [] }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[b2b-accounts] ${name} tick ${now.toISOString()}: ${result.length} expired`)
}

export const config = { name, schedule: jobSchedule("23 * * * *", process.env.B2B_JOB_INTERVAL_MS) }
