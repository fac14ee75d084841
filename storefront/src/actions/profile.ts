"use server"
// The visitor's own profile: the name on the customer record (Medusa's own route), a link to
// choose a new password, and the e-mail preferences of one organization.
import { NOTIFICATION_CATEGORIES } from "medusa-plugin-b2b-accounts/lib/permissions"
import { revalidatePath } from "next/cache"
import { fill, translate } from "@/i18n"
import common from "@/i18n/common"
import profile from "@/i18n/profile"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

export async function updateName(_state: ActionState, form: FormData): Promise<ActionState> {
  const c = await translate(common)
  try {
    const { sdk } = await medusa()
    await sdk.store.customer.update({
      first_name: String(form.get("first_name") ?? "").trim(),
      last_name: String(form.get("last_name") ?? "").trim(),
    })
    revalidatePath("/account", "layout")
    return { ok: true, message: c.saved }
  } catch (error) {
    return failure(error)
  }
}

/**
 * Medusa 2.21 changes an emailpass password only with a reset token (its
 * `/auth/customer/emailpass/update` refuses a login's own token), so a logged-in customer
 * changes it the way a forgotten one is: Medusa makes a single-use token and emits
 * `auth.password_reset`; the shop's password-reset subscriber e-mails the link to
 * `/account/set-password?token=…&email=…`. The address is the login's own, never the form's.
 */
export async function requestPasswordLink(): Promise<ActionState> {
  const t = await translate(profile)
  try {
    const { sdk } = await medusa()
    const { customer } = await sdk.store.customer.retrieve({ fields: "email" })
    await sdk.auth.resetPassword("customer", "emailpass", { identifier: customer.email })
    return { ok: true, message: fill(t.password.sent, { email: customer.email }) }
  } catch (error) {
    return failure(error)
  }
}

/** Every category is sent: an unchecked box is `false`, not "unchanged". */
export async function updateEmailPreferences(org: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const c = await translate(common)
  const wanted = new Set(form.getAll("categories").map(String))
  try {
    const { b2b } = await medusa()
    await b2b.store.organizations.me.update(org, {
      notification_preferences: Object.fromEntries(NOTIFICATION_CATEGORIES.map((category) => [category, wanted.has(category)])),
    })
    revalidatePath(`/account/${org}`, "layout")
    return { ok: true, message: c.saved }
  } catch (error) {
    return failure(error)
  }
}
