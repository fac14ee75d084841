import type { Metadata } from "next"
import { requestAccount } from "@/actions/public"
import { CompanyNumberFields } from "@/components/company-number-fields"
import { Field } from "@/components/field"
import { FormKeepingValues } from "@/components/form-keeping-values"
import { PageHeader } from "@/components/page-header"
import { currentLocale, translate } from "@/i18n"
import publicPages, { requestCountries } from "@/i18n/public"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).request.title }
}

const legend = "mb-1 text-base font-medium"

/** Seed 001: a company asks for a business account; the merchant checks it (or an open group approves it at once). */
export default async function AccountRequest() {
  const t = (await translate(publicPages)).request
  const locale = await currentLocale()
  return (
    <section className="mx-auto flex max-w-xl flex-col">
      <PageHeader title={t.title} subtitle={t.intro} />
      <FormKeepingValues action={requestAccount} submitLabel={t.submit}>
        <fieldset className="flex flex-col gap-4">
          <legend className={legend}>{t.company}</legend>
          <Field label={t.companyName} name="company_name" autoComplete="organization" maxLength={255} required />
          <CompanyNumberFields
            countries={requestCountries(locale)}
            defaultCountry="nl"
            labels={{ country: t.country, vat: t.vat, vatHint: t.vatHint, registration: t.registration, registrationHint: t.registrationHint, valid: t.valid }}
            rules={t.rules}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className={legend}>{t.address}</legend>
          <Field label={t.address1} name="address_1" autoComplete="address-line1" maxLength={255} />
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <Field label={t.postalCode} name="postal_code" autoComplete="postal-code" maxLength={20} />
            <Field label={t.city} name="city" autoComplete="address-level2" maxLength={255} />
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className={legend}>{t.contact}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t.firstName} name="first_name" autoComplete="given-name" maxLength={255} required />
            <Field label={t.lastName} name="last_name" autoComplete="family-name" maxLength={255} required />
          </div>
          <Field label={t.email} name="email" type="email" autoComplete="email" maxLength={255} hint={t.emailHint} required />
          <Field label={t.phone} name="phone" type="tel" autoComplete="tel" maxLength={32} />
        </fieldset>
      </FormKeepingValues>
    </section>
  )
}
