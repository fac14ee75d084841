import type { Metadata } from "next"
import { activateWithPassword } from "@/actions/public"
import { ActionForm } from "@/components/action-form"
import { LinkDone, LinkProblem, NewPasswordFields, linkProblem } from "@/components/link-pages"
import { PageHeader } from "@/components/page-header"
import { translate } from "@/i18n"
import publicPages from "@/i18n/public"
import { authToken } from "@/lib/session"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).activate.title }
}

type Search = { token?: string; problem?: string; done?: string }

/** The approved request's contact has no login yet: a password activates the account (and signs in). */
export default async function Activate({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const t = await translate(publicPages)
  if (search.done) return <LinkDone title={t.activated.title} signedIn={Boolean(await authToken())} />
  const problem = linkProblem(search)
  if (problem) return <LinkProblem code={problem} />
  return (
    <section className="mx-auto flex max-w-md flex-col">
      <PageHeader title={t.activate.title} subtitle={t.activate.intro} />
      <ActionForm action={activateWithPassword.bind(null, search.token!, "activate")} submitLabel={t.activate.submit}>
        <NewPasswordFields />
      </ActionForm>
    </section>
  )
}
