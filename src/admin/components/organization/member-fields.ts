import type { TFunction } from "i18next"
import { permissionChanges, type FormField, type Values } from "../form-drawer"
import { ROLES } from "../../lib/roles"

export const roleOptions = (t: TFunction) => ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))

/** Role and permission checklist, shared by adding a member, editing one and inviting. */
export const accessFields = (t: TFunction): FormField[] => [
  { name: "role", label: t("members.role"), kind: "select", required: true, options: roleOptions(t) },
  { name: "permissions", label: t("members.permissions"), kind: "permissions", roleField: "role", hint: t("members.permissionsHint") },
]

export const emailField = (t: TFunction, apiFields: string[] = []): FormField => ({
  name: "email",
  label: t("members.email"),
  kind: "email",
  required: true,
  maxLength: 255,
  apiFields,
})

export const spendingLimitField = (t: TFunction): FormField => ({
  name: "spending_limit",
  label: t("members.spendingLimit"),
  kind: "number",
  hint: t("members.spendingLimitHint"),
})

/** role + grants/revokes from the form's role and ticked permissions. */
export const accessBody = (values: Values) => ({
  role: String(values.role),
  ...permissionChanges(String(values.role), values.permissions as string[]),
})
