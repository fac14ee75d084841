import type { Metadata } from "next"
import { setPassword } from "@/actions/public"
import { ActionForm } from "@/components/action-form"
import { LinkDone, LinkProblem, NewPasswordFields, linkProblem } from "@/components/link-pages"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import publicPages from "@/i18n/public"
import { authToken } from "@/lib/session"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).setPassword.title }
}

type Search = { token?: string; email?: string; problem?: string; done?: string }

/** Medusa's set-password link (a contact the merchant added, a member's activation): works once. */
export default async function SetPassword({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const t = await translate(publicPages)
  if (search.done) return <LinkDone title={t.setPassword.doneTitle} signedIn={Boolean(await authToken())} />
  const problem = linkProblem(search)
  if (problem) return <LinkProblem code={problem} />
  const email = search.email?.trim() ?? ""
  return (
    <section className="mx-auto flex max-w-md flex-col">
      <PageHeader title={t.setPassword.title} subtitle={email ? fill(t.setPassword.intro, { email }) : t.setPassword.introNoEmail} />
      <ActionForm action={setPassword.bind(null, search.token!, email)} submitLabel={t.setPassword.submit}>
        {/* The login's name, for password managers. */}
        {email ? <input type="hidden" name="username" autoComplete="username" value={email} /> : null}
        <NewPasswordFields />
      </ActionForm>
    </section>
  )
}
