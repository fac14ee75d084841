import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

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
      emails.length ? customerModule.listCustomers({ email: emails }, { select }) : Promise.resolve([]),
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
