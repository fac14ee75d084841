import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { send } from "./http"

/** A publishable API key, as every store request needs one. */
export async function createPublishableKey(container: MedusaContainer) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({
    title: "Test storefront",
    type: "publishable",
    created_by: "integration-tests",
  })
  return key.token
}

/**
 * A sales channel with its own publishable key, as a storefront (B2B or B2C) has.
 * `organizationCarts`: the merchant's setting that makes members' carts their organization's
 * there (as the admin's sales-channel page sets it); without it carts stay personal unless
 * the request names an organization.
 */
export async function createStorefront(container: MedusaContainer, name: string, { organizationCarts = false } = {}) {
  const salesChannel = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name })
  if (organizationCarts) {
    // Loaded here, not at the top: the browser specs import this file too, and compile no decorators.
    const { updateSalesChannelSettingsWorkflow } = await import("../../src/workflows/access-group")
    await updateSalesChannelSettingsWorkflow(container).run({
      input: { sales_channel_id: salesChannel.id, organization_carts: true },
    })
  }
  const key = await container.resolve(Modules.API_KEY).createApiKeys({
    title: `${name} storefront`,
    type: "publishable",
    created_by: "integration-tests",
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })
  return { salesChannelId: salesChannel.id, key: key.token }
}

export type CustomerSession = {
  customer: { id: string; email: string }
  headers: Record<string, string>
}

/**
 * Registers a customer the way a storefront does (emailpass register, create the customer,
 * log in) and returns headers that act as that customer.
 */
export async function createCustomerSession(
  api: AxiosInstance,
  publishableKey: string,
  email: string,
  password = "correct-horse-battery-staple"
): Promise<CustomerSession> {
  const register = await send(api, "post", "/auth/customer/emailpass/register", {
    body: { email, password },
  })
  if (register.status !== 200) throw new Error(`register ${email}: ${JSON.stringify(register.data)}`)
  const [first_name] = email.split("@")
  const created = await send(api, "post", "/store/customers", {
    body: { email, first_name, last_name: "Tester" },
    headers: {
      authorization: `Bearer ${register.data.token}`,
      "x-publishable-api-key": publishableKey,
    },
  })
  if (created.status !== 200) throw new Error(`create ${email}: ${JSON.stringify(created.data)}`)
  const login = await send(api, "post", "/auth/customer/emailpass", { body: { email, password } })
  return {
    customer: created.data.customer,
    headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": publishableKey },
  }
}
