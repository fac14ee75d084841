import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listCustomersByEmail } from "../../common/by-email"

/**
 * After activation the customer is a registered one in Medusa (`has_account`), not a guest:
 * a customer the merchant's onboarding created, or a guest record it reused. Left as it is when
 * another registered customer has the e-mail (Medusa allows one). Compensation turns it back.
 */
export const registerCustomerStepId = "register-activated-customer"
export const registerCustomerStep = createStep(
  registerCustomerStepId,
  async (customerId: string, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: customerId }, { select: ["id", "email", "has_account"] })
    if (!customer || customer.has_account) return new StepResponse(false, null as string | null)
    const [registered] = await listCustomersByEmail(container, [customer.email!], ["id"], { has_account: true })
    if (registered) return new StepResponse(false, null as string | null)
    await customers.updateCustomers(customer.id, { has_account: true } as any) // not in the DTO type; the model has it
    return new StepResponse(true, customer.id as string | null)
  },
  async (customerId, { container }) => {
    if (!customerId) return
    await container.resolve(Modules.CUSTOMER).updateCustomers(customerId, { has_account: false } as any)
  }
)
