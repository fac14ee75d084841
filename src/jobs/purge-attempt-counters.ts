import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_ACCESS_MODULE } from "../modules/portal-access"
import type PortalAccessModuleService from "../modules/portal-access/service"

/** Rate-limit counters of ended windows are of no use: drop them hourly. */
export default async function purgeAttemptCounters(container: MedusaContainer) {
  await (container.resolve(PORTAL_ACCESS_MODULE) as PortalAccessModuleService).purgeExpiredAttempts()
}

export const config = { name: "b2b-purge-attempt-counters", schedule: "17 * * * *" }
