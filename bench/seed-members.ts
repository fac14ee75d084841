// Seeds one organization with BENCH_MEMBERS members (default 10,000) for
// scripts/bench-members.mjs, and writes what the benchmark needs to BENCH_OUTPUT.
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import fs from "node:fs"
import { ORGANIZATION_MODULE } from "../src/modules/organization"
import type OrganizationModuleService from "../src/modules/organization/service"
import { createOrganizationsWorkflow } from "../src/workflows/organization"

const BATCH = 1000

export default async function seedBenchMembers({ container }: ExecArgs) {
  const members = Number(process.env.BENCH_MEMBERS || 10_000)
  const email = "bench-admin@bench.test"
  const password = "bench-password"

  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } } as any)
  const { result: admin } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, customerData: { email, first_name: "Bench", last_name: "Admin" } },
  })
  const { result: organizations } = await createOrganizationsWorkflow(container).run({
    input: { organizations: [{ name: "Bench Org", admin: { customer_id: admin.id } }] },
  })
  const organizationId = organizations[0].id

  const customerModule = container.resolve(Modules.CUSTOMER)
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const roles = ["buyer", "requester", "admin"] as const
  for (let offset = 1; offset < members; offset += BATCH) {
    const size = Math.min(BATCH, members - offset)
    const customers = await customerModule.createCustomers(
      Array.from({ length: size }, (_, i) => ({
        email: `member-${offset + i}@bench.test`,
        first_name: "Member",
        last_name: String(offset + i),
      }))
    )
    await organizationModule.createOrganizationMemberships(
      customers.map((customer, i) => ({
        organization_id: organizationId,
        customer_id: customer.id,
        role: roles[(offset + i) % roles.length],
      })) as any[]
    )
  }

  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({ title: "Bench", type: "publishable", created_by: "bench" })
  fs.writeFileSync(
    process.env.BENCH_OUTPUT!,
    JSON.stringify({ organizationId, email, password, publishableKey: key.token, members })
  )
}
