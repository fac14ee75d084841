import { Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { activateWithPassword, confirmSignedIn, signInAnother } from "@/actions/public"
import { ActionForm } from "@/components/action-form"
import { LinkDone, LinkProblem, NewPasswordFields, linkProblem, signedInEmail } from "@/components/link-pages"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import publicPages from "@/i18n/public"
import { authToken } from "@/lib/session"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).confirm.title }
}

type Search = { token?: string; problem?: string; done?: string }

/**
 * The approved request's e-mail has a login already: confirm signed in as that login, or set a
 * new password with the link (the login may have been registered by somebody else).
 */
export default async function Confirm({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const t = await translate(publicPages)
  if (search.done) return <LinkDone title={t.activated.title} signedIn={Boolean(await authToken())} />
  const problem = linkProblem(search)
  if (problem) return <LinkProblem code={problem} />
  const token = search.token!
  const here = `/account/confirm?token=${encodeURIComponent(token)}`
  const email = await signedInEmail()
  return (
    <section className="mx-auto flex max-w-md flex-col gap-8">
      <div>
        <PageHeader title={t.confirm.title} subtitle={t.confirm.intro} />
        {email ? (
          <div className="flex flex-col gap-3">
            <Text>{fill(t.confirm.signedInAs, { email })}</Text>
            <ActionForm action={confirmSignedIn.bind(null, token)} submitLabel={t.confirm.submit} />
            <form action={signInAnother.bind(null, here)}>
              <button type="submit" className="text-sm text-ui-fg-interactive underline-offset-2 hover:underline">
                {t.confirm.switchLogin}
              </button>
            </form>
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            <Text>{t.confirm.signedOut}</Text>
            <Link className="text-ui-fg-interactive" href={`/sign-in?${new URLSearchParams({ next: here })}`}>
              {t.confirm.signIn}
            </Link>
          </div>
        )}
      </div>
      <section aria-labelledby="new-password" className="flex flex-col gap-3">
        <Heading level="h2" id="new-password">
          {t.confirm.passwordTitle}
        </Heading>
        <Text className="text-ui-fg-subtle">{t.confirm.passwordIntro}</Text>
        <ActionForm action={activateWithPassword.bind(null, token, "confirm")} submitLabel={t.confirm.passwordSubmit} variant="secondary">
          <NewPasswordFields />
        </ActionForm>
      </section>
    </section>
  )
}
