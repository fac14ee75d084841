import { Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { register } from "@/actions/session"
import { ActionForm } from "@/components/action-form"
import { Field } from "@/components/field"
import { translate } from "@/i18n"
import auth from "@/i18n/auth"

export const metadata: Metadata = { title: "Create an account" }

export default async function Register({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next, email } = await searchParams
  const t = await translate(auth)
  return (
    <section className="mx-auto flex max-w-md flex-col gap-6">
      <Heading level="h1">{t.register.title}</Heading>
      <Text className="text-ui-fg-subtle">{t.register.intro}</Text>
      <ActionForm action={register} submitLabel={t.register.submit}>
        <input type="hidden" name="next" value={next ?? ""} />
        <Field label={t.register.firstName} name="first_name" autoComplete="given-name" required />
        <Field label={t.register.lastName} name="last_name" autoComplete="family-name" required />
        <Field label={t.register.email} name="email" type="email" autoComplete="email" defaultValue={email} required />
        <Field label={t.register.password} name="password" type="password" autoComplete="new-password" minLength={8} hint={t.register.passwordHint} required />
      </ActionForm>
      <Text>
        {t.register.haveAccount} <Link className="text-ui-fg-interactive" href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t.signIn.title}</Link>
      </Text>
    </section>
  )
}
