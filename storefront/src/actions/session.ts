"use server"
// Signing in, registering and out, and the language: the login is Medusa's own (emailpass),
// its token kept in an httpOnly cookie.
import { cookies } from "next/headers"
import { redirect } from "next/navigation"
import { LOCALES, LOCALE_COOKIE, type Locale } from "@/i18n"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"
import { clearCartRef, clearSession, setAuthToken } from "@/lib/session"

/** Only paths of this site: `?next=` from a link must not send anyone elsewhere. */
const safeNext = (value: FormDataEntryValue | null) => {
  const next = typeof value === "string" ? value : ""
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/account"
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

export async function signIn(_state: ActionState, form: FormData): Promise<ActionState> {
  try {
    const { sdk } = await medusa({ token: null })
    const token = await sdk.auth.login("customer", "emailpass", { email: text(form, "email"), password: String(form.get("password") ?? "") })
    if (typeof token !== "string") return { ok: false, code: "unauthorized", message: "This login needs another step the zone does not offer." }
    await setAuthToken(token)
    await clearCartRef()
  } catch (error) {
    return failure(error)
  }
  redirect(safeNext(form.get("next")))
}

/**
 * A new login and its customer record, with the login's own e-mail (the store refuses any
 * other: an e-mail on a record proves nothing unless the login owns it).
 */
export async function register(_state: ActionState, form: FormData): Promise<ActionState> {
  const email = text(form, "email")
  const password = String(form.get("password") ?? "")
  try {
    const { sdk } = await medusa({ token: null })
    const registration = await sdk.auth.register("customer", "emailpass", { email, password })
    const { sdk: registered } = await medusa({ token: registration })
    await registered.store.customer.create({ email, first_name: text(form, "first_name"), last_name: text(form, "last_name") })
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { ok: false, message: "This login needs another step the zone does not offer." }
    await setAuthToken(token)
    await clearCartRef()
  } catch (error) {
    return failure(error)
  }
  redirect(safeNext(form.get("next")))
}

export async function signOut() {
  await clearSession()
  redirect("/")
}

export async function setLocale(form: FormData) {
  const chosen = String(form.get("locale"))
  if (LOCALES.includes(chosen as Locale)) {
    ;(await cookies()).set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" })
  }
}
