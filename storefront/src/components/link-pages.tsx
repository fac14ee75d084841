// What the pages of e-mailed links share: the page a refused link shows (unknown, used,
// expired), the page after a link did its work, and the new-password fields.
import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { fill, translate } from "@/i18n"
import publicPages, { LINK_PROBLEMS, type LinkProblemCode } from "@/i18n/public"
import { medusa } from "@/lib/medusa"
import { authToken } from "@/lib/session"
import { Field } from "./field"

/** The problem a link page shows instead of its form: `?problem=` set by its action, or no token at all. */
export function linkProblem({ token, problem }: { token?: string; problem?: string }): LinkProblemCode | null {
  if ((LINK_PROBLEMS as readonly string[]).includes(problem ?? "")) return problem as LinkProblemCode
  return token?.trim() ? null : "token_invalid"
}

/** The signed-in customer's e-mail, or null (not signed in, or a login that ended). */
export async function signedInEmail() {
  if (!(await authToken())) return null
  try {
    const { sdk } = await medusa()
    return (await sdk.store.customer.retrieve()).customer.email
  } catch {
    return null
  }
}

export async function LinkProblem({ code }: { code: LinkProblemCode }) {
  const t = (await translate(publicPages)).problem
  return (
    <section className="mx-auto flex max-w-md flex-col gap-4" data-problem={code}>
      <Heading level="h1">{t[code].title}</Heading>
      <Text>{t[code].body}</Text>
      <ul className="flex flex-col gap-2 text-ui-fg-interactive">
        <li>
          <Link href="/sign-in">{t.signIn}</Link>
        </li>
        <li>
          <Link href="/">{t.home}</Link>
        </li>
      </ul>
    </section>
  )
}

/** After an activation or a new password: the visitor is signed in (the action did), else is led to sign in. */
export async function LinkDone({ title, signedIn }: { title: string; signedIn: boolean }) {
  const t = (await translate(publicPages)).activated
  return (
    <section className="mx-auto flex max-w-md flex-col gap-4" data-done>
      <Heading level="h1">{title}</Heading>
      <Text role="status">{signedIn ? t.signedIn : t.signedOut}</Text>
      <Link className="text-ui-fg-interactive" href={signedIn ? "/account" : "/sign-in?next=/account"}>
        {signedIn ? t.open : t.signIn}
      </Link>
    </section>
  )
}

/** The store's rule for activation passwords (POST /store/activations); the zone asks it of every new password. */
export const MIN_PASSWORD = 10

export async function NewPasswordFields() {
  const t = (await translate(publicPages)).password
  return (
    <>
      <Field label={t.label} name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} maxLength={128} hint={fill(t.hint, { min: MIN_PASSWORD })} required />
      <Field label={t.repeat} name="password_repeat" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} maxLength={128} required />
    </>
  )
}
