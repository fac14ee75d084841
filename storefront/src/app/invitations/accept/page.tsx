import { Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { acceptInvitation, signInAnother } from "@/actions/public"
import { ActionForm } from "@/components/action-form"
import { LinkProblem, linkProblem, signedInEmail } from "@/components/link-pages"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import publicPages from "@/i18n/public"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).invitation.title }
}

type Search = { token?: string; problem?: string }

/** An invitation is accepted by the invited address's login: sign in (or register) first, then accept. */
export default async function AcceptInvitation({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const problem = linkProblem(search)
  if (problem) return <LinkProblem code={problem} />
  const token = search.token!
  const t = (await translate(publicPages)).invitation
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`
  const back = new URLSearchParams({ next: here })
  const email = await signedInEmail()
  return (
    <section className="mx-auto flex max-w-md flex-col">
      <PageHeader title={t.title} subtitle={t.intro} />
      {email ? (
        <div className="flex flex-col gap-4">
          <Text>{fill(t.signedInAs, { email })}</Text>
          <ActionForm action={acceptInvitation.bind(null, token)} submitLabel={t.submit} />
          <form action={signInAnother.bind(null, here)} className="flex items-center gap-2 text-sm">
            <span>{t.otherEmail}</span>
            <button type="submit" className="text-ui-fg-interactive underline-offset-2 hover:underline">
              {t.switchLogin}
            </button>
          </form>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <Text>{t.signedOut}</Text>
          <ul className="flex flex-col gap-2 text-ui-fg-interactive">
            <li>
              <Link href={`/sign-in?${back}`}>{t.signIn}</Link>
            </li>
            <li>
              <Link href={`/register?${back}`}>{t.register}</Link>
            </li>
          </ul>
        </div>
      )}
    </section>
  )
}
