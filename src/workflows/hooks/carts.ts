import { completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { admittedOnChannels, NOT_ADMITTED_MESSAGE } from "../../lib/access-groups"

// Access groups (seed 001) on the checkout path: a cart on a grouped sales channel must
// belong to a customer of one of the channel's groups (or to a guest where a group is open).

async function assertCartAdmitted(
  container: Parameters<Parameters<typeof createCartWorkflow.hooks.validate>[0]>[1]["container"],
  cart: { sales_channel_id?: string | null; customer_id?: string | null }
) {
  if (!cart.sales_channel_id) return
  // A guest checkout also makes a customer record, one without an account.
  const [customer] = cart.customer_id
    ? await container
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: cart.customer_id }, { select: ["id", "has_account"] })
    : []
  const admitted = await admittedOnChannels(container, [cart.sales_channel_id], {
    customerId: customer?.id,
    guest: !customer?.has_account,
  })
  if (!admitted) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NOT_ADMITTED_MESSAGE)
  }
}

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartAdmitted(container, cart as any)
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartAdmitted(container, cart as any)
})
