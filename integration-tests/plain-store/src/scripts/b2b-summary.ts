// `npx medusa exec ./src/scripts/b2b-summary.ts`: what the B2B plugin holds, through its typed
// module service (the store's `npm run typecheck` compiles this under `strict` against the
// installed package's declarations).
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrganizationModule, { ORGANIZATION_MODULE } from "medusa-plugin-b2b-accounts/modules/organization"

type OrganizationService = InstanceType<(typeof OrganizationModule)["service"]>

export default async function b2bSummary({ container }: ExecArgs) {
  const organizations: OrganizationService = container.resolve(ORGANIZATION_MODULE)
  const [list, count] = await organizations.listAndCountOrganizations({}, { select: ["id", "name", "status"], take: 20 })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(`${count} organization(s)${count ? ": " + list.map((o) => `${o.name} (${o.status})`).join(", ") : ""}`)
}
