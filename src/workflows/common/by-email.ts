import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { EMAILPASS } from "../../lib/login-proof"
import { likeLiteral } from "../../lib/trigram-search"

type CustomerFilter = { has_account?: boolean }


/**
 * The customers whose e-mail is one of `emails`, case-insensitively: Medusa stores an e-mail
 * as it was typed, so `Jan@X.test` and `jan@x.test` are one person, never a shadow record.
 */
export async function listCustomersByEmail(
  container: Pick<MedusaContainer, "resolve">,
  emails: string[],
  select: string[],
  filter: CustomerFilter = {}
) {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))]
  if (!unique.length) return []
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers(
    { ...filter, $or: unique.map((email) => ({ email: { $ilike: likeLiteral(email) } })) } as any,
    { select: [...new Set([...select, "email"])] }
  )
  const wanted = new Set(unique)
  return customers.filter((customer) => wanted.has(customer.email?.toLowerCase() ?? ""))
}

/**
 * The `emailpass` logins of `emails`, case-insensitively (the provider keeps the address as it
 * was typed); `entity_id` is the stored spelling, which Medusa's auth calls need.
 */
export async function listEmailpassLogins(container: Pick<MedusaContainer, "resolve">, emails: string[], select: string[]) {
  const unique = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))]
  if (!unique.length) return []
  const logins = await container.resolve(Modules.AUTH).listProviderIdentities(
    { provider: EMAILPASS, $or: unique.map((email) => ({ entity_id: { $ilike: likeLiteral(email) } })) } as any,
    { select: [...new Set([...select, "entity_id"])] }
  )
  const wanted = new Set(unique)
  return logins.filter((login) => wanted.has(login.entity_id.toLowerCase()))
}
