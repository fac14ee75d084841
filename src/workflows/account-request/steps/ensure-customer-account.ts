import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { EMAILPASS } from "../../../lib/login-proof"
import { listCustomersByEmail, listEmailpassLogins } from "../../common/by-email"

export const ENTITY_PROVIDER = EMAILPASS

export type CustomerContact = {
  email: string
  first_name: string
  last_name: string
  phone?: string | null
  company_name: string
}

/**
 * The approved contact's registered customer: reused when the e-mail has one, created
 * otherwise. Compensation deletes only a customer this step created.
 */
export const ensureCustomerStepId = "ensure-customer"
export const ensureCustomerStep = createStep(
  ensureCustomerStepId,
  async (contact: CustomerContact, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const email = contact.email.toLowerCase()
    const [existing] = await listCustomersByEmail(container, [email], ["id"], { has_account: true })
    if (existing) return new StepResponse({ customer_id: existing.id, email }, null)
    const created = await customers.createCustomers({
      email,
      first_name: contact.first_name,
      last_name: contact.last_name,
      phone: contact.phone ?? null,
      company_name: contact.company_name,
      has_account: true,
    })
    return new StepResponse({ customer_id: created.id, email }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers([createdId])
  }
)

type LoginCompensation = {
  auth_identity_id?: string
  /** An existing identity this step bound to the customer, with its app_metadata before. */
  bound?: { id: string; app_metadata: Record<string, unknown> | null }
}

type Container = Parameters<Parameters<typeof createStep>[1]>[1]["container"]

/**
 * Makes sure the customer can log in with emailpass: an identity for the e-mail bound to the
 * customer. A new identity has no password yet; the customer sets one by activation or by
 * Medusa's reset-password flow. An identity without a customer (registered, customer never
 * created) is bound to this one. Answers whether a password exists already: somebody may have
 * chosen it, so the approval's link must prove the e-mail before the membership acts.
 */
async function ensureLogin(container: Container, { customer_id, email }: { customer_id: string; email: string }) {
  const auth = container.resolve(Modules.AUTH)
  const compensation: LoginCompensation = {}
  const [identity] = await listEmailpassLogins(container, [email], ["id", "auth_identity_id", "provider_metadata"])
  if (identity) {
    const authIdentity = await auth.retrieveAuthIdentity(identity.auth_identity_id!, {
      select: ["id", "app_metadata"],
    })
    const owner = authIdentity.app_metadata?.customer_id
    if (owner && owner !== customer_id) {
      throw new ConflictError(`The login ${email} belongs to another customer`)
    }
    if (!owner) {
      const previous = (authIdentity.app_metadata ?? null) as Record<string, unknown> | null
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...previous, customer_id } })
      compensation.bound = { id: authIdentity.id, app_metadata: previous }
    }
  } else {
    const created = await auth.createAuthIdentities({
      provider_identities: [{ provider: ENTITY_PROVIDER, entity_id: email }],
      app_metadata: { customer_id },
    })
    compensation.auth_identity_id = created.id
  }
  const hasPassword = typeof identity?.provider_metadata?.password === "string"
  return { has_password: hasPassword, compensation }
}

async function undoLogin(container: Container, compensation: LoginCompensation | undefined) {
  const auth = container.resolve(Modules.AUTH)
  if (compensation?.auth_identity_id) {
    await auth.deleteAuthIdentities([compensation.auth_identity_id])
  }
  if (compensation?.bound) {
    await auth.updateAuthIdentities(compensation.bound as any)
  }
}

/** Whether the e-mail's emailpass login has a password (somebody chose one). */
export async function loginHasPassword(container: Container, email: string) {
  const [identity] = await listEmailpassLogins(container, [email], ["id", "provider_metadata"])
  return typeof identity?.provider_metadata?.password === "string"
}

export const ensureLoginStepId = "ensure-customer-login"
export const ensureLoginStep = createStep(
  ensureLoginStepId,
  async (customer: { customer_id: string; email: string }, { container }) => {
    const { has_password, compensation } = await ensureLogin(container, customer)
    return new StepResponse({ has_password }, compensation)
  },
  async (compensation, { container }) => undoLogin(container, compensation)
)

/** ensureLoginStep for several customers, e.g. the first admins of new organizations. */
export const ensureLoginsStepId = "ensure-customer-logins"
export const ensureLoginsStep = createStep(
  ensureLoginsStepId,
  async (customers: { customer_id: string; email: string }[], { container }) => {
    const results: { customer_id: string; has_password: boolean }[] = []
    const compensations: LoginCompensation[] = []
    try {
      for (const customer of customers) {
        const { has_password, compensation } = await ensureLogin(container, customer)
        results.push({ customer_id: customer.customer_id, has_password })
        compensations.push(compensation)
      }
    } catch (error) {
      for (const compensation of compensations) await undoLogin(container, compensation)
      throw error
    }
    return new StepResponse(results, compensations)
  },
  async (compensations, { container }) => {
    for (const compensation of compensations ?? []) await undoLogin(container, compensation)
  }
)
