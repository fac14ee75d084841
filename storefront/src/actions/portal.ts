"use server"
// The portal code login (no customer account): a code, and for one installation its token too,
// open a short-lived read-only session whose token stays in an httpOnly cookie.
import { B2BError } from "medusa-plugin-b2b-accounts/client"
import { redirect } from "next/navigation"
import { translate } from "@/i18n"
import publicPages from "@/i18n/public"
import type { ActionState } from "@/lib/action-state"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"
import { clearPortalToken, setPortalToken } from "@/lib/session"

export async function openPortal(_state: ActionState, form: FormData): Promise<ActionState> {
  const t = (await translate(publicPages)).portal
  const code = String(form.get("code") ?? "").trim()
  const token = String(form.get("token") ?? "").trim()
  if (!code) return { ok: false, code: "invalid_data", message: t.wrong }
  try {
    // No customer login goes along: the portal is its own, read-only session.
    const { b2b } = await medusa({ token: null })
    const session = await b2b.store.portal.openSession({ code, ...(token ? { token } : {}) })
    await setPortalToken(session.token, session.expires_at)
  } catch (error) {
    // An unknown or disabled code and a wrong installation token are the same 401.
    if (error instanceof B2BError && (error.status === 401 || error.code === "invalid_data")) {
      return { ok: false, code: error.code, message: t.wrong }
    }
    return failure(error)
  }
  redirect("/portal/view")
}

export async function closePortal() {
  await clearPortalToken()
  redirect("/portal")
}
