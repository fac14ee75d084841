"use server"
// The public writes: a business-account request, and the e-mailed links (activation,
// confirmation, set password, invitation). A link the store refuses as unknown, used or
// expired moves on to the page that explains it (`?problem=`), never a stack trace.
import { B2BError, type BodyOf } from "medusa-plugin-b2b-accounts/client"
import { checkCompanyNumbers, vatPrefix } from "medusa-plugin-b2b-accounts/lib/company-numbers"
import { redirect } from "next/navigation"
import { currentLocale, fill, translate } from "@/i18n"
import publicPages, { LINK_PROBLEMS, requestCountries, type LinkProblemCode } from "@/i18n/public"
import type { ActionState } from "@/lib/action-state"
import { MIN_PASSWORD } from "@/components/link-pages"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"
import { clearCartRef, clearSession, setAuthToken } from "@/lib/session"

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Only paths of this site. */
const localPath = (path: string) => (path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/")

const linkProblemOf = (error: unknown): LinkProblemCode | null =>
  error instanceof B2BError && (LINK_PROBLEMS as readonly string[]).includes(error.code) ? (error.code as LinkProblemCode) : null

/* ------------------------------------------------------------------------------------------ */
/* Account request                                                                            */

type RequestBody = BodyOf<"store.accountRequests.create">

export async function requestAccount(_state: ActionState, form: FormData): Promise<ActionState> {
  const t = (await translate(publicPages)).request
  const country = text(form, "country_code").toLowerCase()
  const address = { address_1: text(form, "address_1"), postal_code: text(form, "postal_code"), city: text(form, "city") }
  const parts = Object.values(address).filter(Boolean).length
  if (parts > 0 && parts < 3) return { ok: false, code: "invalid_data", message: t.addressIncomplete }
  const body: RequestBody = {
    company: {
      name: text(form, "company_name"),
      vat_number: text(form, "vat_number"),
      registration_number: text(form, "registration_number"),
      country_code: country,
      ...(parts ? { address: { ...address, country_code: country } } : {}),
    },
    contact: {
      first_name: text(form, "first_name"),
      last_name: text(form, "last_name"),
      email: text(form, "email"),
      phone: text(form, "phone") || null,
    },
  }
  let status: string
  try {
    // No login: a request is public. medusa() forwards the visitor's address for the store's limit.
    const { b2b } = await medusa({ token: null })
    ;({ status } = (await b2b.store.accountRequests.create(body)).account_request)
  } catch (error) {
    return requestRefused(error, body)
  }
  redirect(`/account-request/received?status=${status}`)
}

/** The store's refusal in the visitor's words: each refused field by its label. */
async function requestRefused(error: unknown, body: RequestBody): Promise<ActionState> {
  const state = await failure(error)
  if (!(error instanceof B2BError)) return state
  const t = (await translate(publicPages)).request
  if (error.code === "conflict") return { ...state, message: t.pendingDuplicate }
  if (error.code === "rate_limited" && error.retryAfterSeconds) {
    return { ...state, message: `${state.message} ${fill(t.retryIn, { minutes: Math.ceil(error.retryAfterSeconds / 60) })}` }
  }
  if (!state.fields?.length) return state
  // The numbers' reasons are English sentences: the same rule, run here, names them in the visitor's language.
  const { issues } = checkCompanyNumbers(body.company)
  const locale = await currentLocale()
  const country = body.company.country_code.toLowerCase()
  const words = { country: requestCountries(locale).find((option) => option.value === country)?.label ?? country.toUpperCase(), prefix: vatPrefix(country) }
  const kind = country === "nl" || country === "be" ? country : "other"
  const labels: Record<string, string> = {
    "company.name": t.companyName,
    "company.country_code": t.country,
    "company.vat_number": t.vat,
    "company.registration_number": t.registration[kind],
    "company.address.address_1": t.address1,
    "company.address.postal_code": t.postalCode,
    "company.address.city": t.city,
    "company.address.country_code": t.country,
    "contact.first_name": t.firstName,
    "contact.last_name": t.lastName,
    "contact.email": t.email,
    "contact.phone": t.phone,
  }
  return {
    ...state,
    fields: state.fields.map(({ field }) => {
      const issue = issues.find((candidate) => `company.${candidate.field}` === field)
      return { field: labels[field] ?? field, message: issue ? fill(t.rules[issue.rule], words) : t.fieldInvalid }
    }),
  }
}

/* ------------------------------------------------------------------------------------------ */
/* E-mailed links                                                                             */

async function passwordOf(form: FormData): Promise<{ password: string } | { refused: ActionState }> {
  const t = (await translate(publicPages)).password
  const password = String(form.get("password") ?? "")
  if (password.length < MIN_PASSWORD) return { refused: { ok: false, code: "invalid_data", message: fill(t.hint, { min: MIN_PASSWORD }) } }
  if (password !== String(form.get("password_repeat") ?? "")) return { refused: { ok: false, code: "invalid_data", message: t.mismatch } }
  return { password }
}

/** After a link set the password, the visitor is signed in with it (else the page offers to sign in). */
async function signInWith(email: string, password: string) {
  try {
    const { sdk } = await medusa({ token: null })
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return
    await setAuthToken(token)
    await clearCartRef()
  } catch (error) {
    console.error("[customer zone] signing in after a link failed:", error)
  }
}

/**
 * `/account/activate` (a new login) and `/account/confirm` (an existing one): the link's token
 * with a new password activates the account; then the visitor is signed in.
 */
export async function activateWithPassword(token: string, page: "activate" | "confirm", _state: ActionState, form: FormData): Promise<ActionState> {
  const checked = await passwordOf(form)
  if ("refused" in checked) return checked.refused
  let email: string
  try {
    const { b2b } = await medusa({ token: null })
    ;({ email } = await b2b.store.activations.activate({ token, password: checked.password }))
  } catch (error) {
    const problem = linkProblemOf(error)
    if (problem) redirect(`/account/${page}?problem=${problem}`)
    return failure(error)
  }
  await signInWith(email, checked.password)
  redirect(`/account/${page}?done=1`)
}

/** `/account/confirm`, signed in as the login the link was sent to: no password needed. */
export async function confirmSignedIn(token: string): Promise<ActionState> {
  try {
    const { b2b } = await medusa()
    await b2b.store.activations.activate({ token })
  } catch (error) {
    const problem = linkProblemOf(error)
    if (problem) redirect(`/account/confirm?problem=${problem}`)
    // Without a password the store wants the link's own login: this one is another.
    if (error instanceof B2BError && error.code === "invalid_data") {
      return { ok: false, code: "login_email_unproven", message: (await translate(publicPages)).confirm.otherLogin }
    }
    return failure(error)
  }
  redirect("/account/confirm?done=1")
}

/** `/account/set-password?token=&email=`: Medusa's set-password link, single-use by the plugin. */
export async function setPassword(token: string, email: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const checked = await passwordOf(form)
  if ("refused" in checked) return checked.refused
  try {
    const { b2b } = await medusa({ token: null })
    await b2b.auth.setPassword({ token, password: checked.password })
  } catch (error) {
    if (error instanceof B2BError && error.code === "token_used") redirect("/account/set-password?problem=token_used")
    // Medusa's own answer to an unknown, forged or expired link: 401 without a code.
    if (error instanceof B2BError && error.status === 401) redirect("/account/set-password?problem=token_invalid")
    return failure(error)
  }
  if (email) await signInWith(email, checked.password)
  redirect("/account/set-password?done=1")
}

/** `/invitations/accept`, signed in: joins the organization and opens it. */
export async function acceptInvitation(token: string): Promise<ActionState> {
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`
  let organizationId: string
  try {
    const { b2b } = await medusa()
    ;({ organization_id: organizationId } = (await b2b.store.invitations.accept({ token })).membership)
  } catch (error) {
    const problem = linkProblemOf(error)
    if (problem) redirect(`/invitations/accept?problem=${problem}`)
    // The login ended meanwhile (expired, or superseded by a new password): sign in and come back.
    if (error instanceof B2BError && error.status === 401) redirect(`/sign-in?${new URLSearchParams({ next: here, reason: error.code })}`)
    return failure(error)
  }
  redirect(`/account/${organizationId}`)
}

/** Signs out and opens the sign-in page, coming back to `next` (a link meant for another login). */
export async function signInAnother(next: string) {
  await clearSession()
  redirect(`/sign-in?${new URLSearchParams({ next: localPath(next) })}`)
}
