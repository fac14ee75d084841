import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { FormDrawer, textOrNull, type FormField, type Values } from "../form-drawer"
import { useEmailOutcome } from "../email-outcome"
import { PossibleDuplicates } from "../possible-duplicates"
import { useCreateOrganization, useDuplicateOrganizations } from "../../lib/queries/organizations"
import { useT } from "../../lib/i18n"
import { createOrganizationSchema } from "../../lib/schemas/organizations"
import type { EmailOutcome } from "../../lib/types"
import type { TFunction } from "i18next"
import { profileBody, profileFields, profileValues } from "./profile-fields"

/** What the organization page shows when the new admin's activation e-mail did not go out. */
export type OnboardingState = { activationEmail?: EmailOutcome }

/** The first admin: found by e-mail, or a new customer made from these details. */
const firstAdminFields = (t: TFunction): FormField[] => [
  {
    name: "admin_email",
    label: t("onboarding.firstAdmin"),
    kind: "email",
    hint: t("onboarding.firstAdminHint"),
    apiFields: ["email", "customer_id"],
  },
  { name: "admin_first_name", label: t("onboarding.firstName"), apiFields: ["first_name"] },
  { name: "admin_last_name", label: t("onboarding.lastName"), apiFields: ["last_name"] },
  { name: "send_activation", label: t("onboarding.sendActivation"), kind: "checkbox" },
]

function onboardingBody(values: Values) {
  const { admin_email, admin_first_name, admin_last_name, send_activation, ...profile } = values
  const email = textOrNull(admin_email)
  return {
    ...profileBody(profile),
    ...(email
      ? {
          admin: {
            email,
            ...(textOrNull(admin_first_name) ? { first_name: textOrNull(admin_first_name) } : {}),
            ...(textOrNull(admin_last_name) ? { last_name: textOrNull(admin_last_name) } : {}),
            send_activation: send_activation === "true",
          },
        }
      : {}),
  }
}

/**
 * One drawer for onboarding (issue 16, item 4): the organization, its first admin (a customer
 * is created when the e-mail has none) and the activation e-mail; possible duplicates show as
 * the VAT or registration number is typed.
 */
export function CreateOrganizationDrawer({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useT()
  const navigate = useNavigate()
  const reportEmail = useEmailOutcome()
  const create = useCreateOrganization()
  const fields = [...profileFields(t, "create").filter((field) => field.name !== "admin_email"), ...firstAdminFields(t)]
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("organizations.create")}
      fields={fields}
      schema={createOrganizationSchema}
      initial={{ ...profileValues(), admin_email: "", admin_first_name: "", admin_last_name: "", send_activation: "true" }}
      submitLabel={t("actions.create")}
      successMessage={t("organizations.created")}
      aside={(values) => <TypedDuplicates values={values} />}
      onSubmit={async (values) => {
        const { organization, email } = await create.mutateAsync(onboardingBody(values))
        // A failed e-mail is the organization page's to explain (with the copy-link offer there).
        if (email?.status === "failed") {
          const state: OnboardingState = { activationEmail: email }
          navigate(`/organizations/${organization.id}`, { state })
          return
        }
        reportEmail(email, { sent: (to) => t("members.activationSent", { email: to }) })
        navigate(`/organizations/${organization.id}`)
      }}
    />
  )
}

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms = 300) {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** Organizations that already have the VAT or registration number being typed (links open a new tab). */
function TypedDuplicates({ values }: { values: Values }) {
  const vat = useSettled(String(values.vat_number ?? "").trim())
  const registration = useSettled(String(values.registration_number ?? "").trim())
  const country = String(values.country_code ?? "").trim()
  const { data } = useDuplicateOrganizations(
    { vat_number: vat || undefined, registration_number: registration || undefined, country_code: country || undefined },
    // A few characters at least: a prefix like "NL" alone matches nothing useful.
    vat.length >= 4 || registration.length >= 4
  )
  return <PossibleDuplicates organizations={data?.organizations} newTab />
}
