import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listCustomersByEmail } from "../../common/by-email"

/** A customer named by id, or by e-mail (a registered account wins over a guest record). */
export type CustomerReference = { customer_id?: string | null; email?: string | null }

export const resolveCustomersStepId = "resolve-customers"

export const resolveCustomersStep = createStep(
  resolveCustomersStepId,
  async (references: CustomerReference[], { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const ids = references.flatMap((r) => (r.customer_id ? [r.customer_id] : []))
    const emails = references.flatMap((r) => (!r.customer_id && r.email ? [r.email.toLowerCase()] : []))
    const select = ["id", "email", "has_account"]
    const [byId, byEmail] = await Promise.all([
      ids.length ? customerModule.listCustomers({ id: ids }, { select }) : Promise.resolve([]),
      listCustomersByEmail(container, emails, select),
    ])

    const customerIds = references.map((reference) => {
      const match = reference.customer_id
        ? byId.find((c) => c.id === reference.customer_id)
        : byEmail
            .filter((c) => c.email?.toLowerCase() === reference.email?.toLowerCase())
            .sort((a, b) => Number(b.has_account) - Number(a.has_account))[0]
      if (!match) {
        const what = reference.customer_id
          ? `id: ${reference.customer_id}`
          : `email: ${reference.email}`
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with ${what} was not found`)
      }
      return match.id
    })
    return new StepResponse(customerIds)
  }
)

/** A first admin: an existing customer, or an e-mail whose customer is created when missing. */
export type FirstAdminReference = CustomerReference & {
  first_name?: string | null
  last_name?: string | null
  send_activation?: boolean
}

export type ResolvedFirstAdmin = {
  customer_id: string
  email: string
  has_account: boolean
  created: boolean
  /** Named by e-mail: the membership waits until that mailbox's link is used (nobody proved it). */
  by_email: boolean
}

/**
 * The customers of first admins: by id (404 when unknown), or by e-mail, a registered account
 * winning over a guest record; a missing one is created without an account (Medusa shows it as
 * a guest until activation makes it registered). Compensation deletes only what it created.
 */
export const resolveOrCreateCustomersStepId = "resolve-or-create-customers"
export const resolveOrCreateCustomersStep = createStep(
  resolveOrCreateCustomersStepId,
  async (references: FirstAdminReference[], { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const select = ["id", "email", "has_account"]
    const resolved: ResolvedFirstAdmin[] = []
    const created: string[] = []
    try {
      for (const reference of references) {
        if (reference.customer_id) {
          const [customer] = await customerModule.listCustomers({ id: reference.customer_id }, { select })
          if (!customer) {
            throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${reference.customer_id} was not found`)
          }
          resolved.push({ customer_id: customer.id, email: customer.email!.toLowerCase(), has_account: customer.has_account, created: false, by_email: false })
          continue
        }
        const email = reference.email!.toLowerCase()
        const [existing] = (await listCustomersByEmail(container, [email], select)).sort(
          (a, b) => Number(b.has_account) - Number(a.has_account)
        )
        if (existing) {
          resolved.push({ customer_id: existing.id, email, has_account: existing.has_account, created: false, by_email: true })
          continue
        }
        const customer = await customerModule.createCustomers({
          email,
          first_name: reference.first_name ?? null,
          last_name: reference.last_name ?? null,
          has_account: false,
        })
        created.push(customer.id)
        resolved.push({ customer_id: customer.id, email, has_account: false, created: true, by_email: true })
      }
    } catch (error) {
      if (created.length) await customerModule.deleteCustomers(created)
      throw error
    }
    return new StepResponse(resolved, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers(created)
  }
)
