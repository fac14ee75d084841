import type { TFunction } from "i18next"
import { textOrNull, type FormField, type Values } from "../form-drawer"
import type { CreateOrganizationBody } from "../../lib/requests"
import type { Organization, OrganizationStatus } from "../../lib/types"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"

/** Fields of an organization's profile: for creating it (with a first admin), or editing it (with its status). */
export function profileFields(t: TFunction, mode: "create" | "edit"): FormField[] {
  const fields: FormField[] = [
    { name: "name", label: t("organization.name") },
    { name: "legal_name", label: t("organization.legalName") },
    { name: "vat_number", label: t("organization.vatNumber") },
    { name: "registration_number", label: t("organization.registrationNumber") },
    { name: "country_code", label: t("organization.country"), kind: "country" },
  ]
  if (mode === "create") {
    fields.push({
      name: "admin_email",
      label: t("organization.firstAdmin"),
      kind: "email",
      hint: t("organization.firstAdminHint"),
      apiFields: ["email", "customer_id"],
    })
  } else {
    fields.push({
      name: "status",
      label: t("organization.status"),
      kind: "select",
      options: ORGANIZATION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
    })
  }
  return fields
}

export const profileValues = (organization?: Organization): Values => ({
  name: organization?.name ?? "",
  legal_name: organization?.legal_name ?? "",
  vat_number: organization?.vat_number ?? "",
  registration_number: organization?.registration_number ?? "",
  country_code: organization?.country_code?.toLowerCase() ?? "",
  ...(organization ? { status: organization.status } : { admin_email: "" }),
})

/** The profile part of a create or an update body (an update has no `admin`). */
export const profileBody = (values: Values): CreateOrganizationBody => ({
  name: String(values.name).trim(),
  legal_name: textOrNull(values.legal_name),
  vat_number: textOrNull(values.vat_number),
  registration_number: textOrNull(values.registration_number),
  country_code: textOrNull(values.country_code),
  // The select's options are the statuses.
  ...(values.status ? { status: values.status as OrganizationStatus } : {}),
  ...(textOrNull(values.admin_email) ? { admin: { email: String(values.admin_email).trim() } } : {}),
})
