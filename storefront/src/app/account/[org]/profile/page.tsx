import { Container, Heading, Text } from "@medusajs/ui"
import { NOTIFICATION_CATEGORIES } from "medusa-plugin-b2b-accounts/lib/permissions"
import type { ReactNode } from "react"
import { requestPasswordLink, updateEmailPreferences, updateName } from "@/actions/profile"
import { ActionForm } from "@/components/action-form"
import { CheckboxField } from "@/components/choice"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import profile from "@/i18n/profile"
import { actingFor, requireLogin } from "@/lib/acting"

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Container className="flex flex-col gap-4">
        <Heading level="h2" id={id}>
          {title}
        </Heading>
        {children}
      </Container>
    </section>
  )
}

/** My name and password (the login's, for every organization) and this organization's e-mails (seed 002). */
export default async function Profile({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params
  const { organization, membership } = await actingFor(org)
  const { sdk } = await requireLogin()
  const { customer } = await sdk.store.customer.retrieve({ fields: "email,first_name,last_name" })
  const t = await translate(profile)
  const preferences: Record<string, boolean | undefined> = membership.notification_preferences

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader title={t.title} subtitle={fill(t.signedInAs, { email: customer.email })} />

      <Section id="name-heading" title={t.name.heading}>
        <ActionForm action={updateName} submitLabel={t.name.submit}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t.name.first} name="first_name" autoComplete="given-name" defaultValue={customer.first_name ?? ""} required />
            <Field label={t.name.last} name="last_name" autoComplete="family-name" defaultValue={customer.last_name ?? ""} required />
          </div>
        </ActionForm>
      </Section>

      <Section id="password-heading" title={t.password.heading}>
        <Text>{fill(t.password.body, { email: customer.email })}</Text>
        <ActionForm variant="secondary" action={requestPasswordLink} submitLabel={t.password.submit} />
      </Section>

      <Section id="email-heading" title={fill(t.email.heading, { organization: organization.name })}>
        {membership.status === "active" ? (
          <ActionForm action={updateEmailPreferences.bind(null, org)} submitLabel={t.email.submit}>
            <Text size="small" className="text-ui-fg-subtle">
              {t.email.intro}
            </Text>
            <fieldset className="flex flex-col gap-3">
              <legend className="txt-compact-small-plus mb-1">{t.email.legend}</legend>
              {NOTIFICATION_CATEGORIES.map((category) => (
                <CheckboxField
                  key={category}
                  name="categories"
                  value={category}
                  label={t.email.categories[category].label}
                  hint={t.email.categories[category].hint}
                  // A category never chosen is on (the store's default).
                  defaultChecked={preferences[category] !== false}
                />
              ))}
            </fieldset>
          </ActionForm>
        ) : (
          <Text>{t.email.inactive}</Text>
        )}
      </Section>
    </div>
  )
}
