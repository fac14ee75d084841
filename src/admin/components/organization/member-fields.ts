import type { TFunction } from "i18next"
import type { FormField, Values } from "../form-drawer"
import { useLocations } from "../../lib/queries/locations"
import type { Location } from "../../lib/types"
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from "../../lib/roles"

const presetOf = (role: string): readonly string[] => ROLE_PERMISSIONS[role as Role] ?? []

export const roleOptions = (t: TFunction) => ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))

/** Role and permission checklist, shared by adding a member, editing one and inviting. */
export const accessFields = (t: TFunction): FormField[] => [
  { name: "role", label: t("members.role"), kind: "select", options: roleOptions(t) },
  {
    name: "permissions",
    label: t("members.permissions"),
    kind: "checklist",
    options: PERMISSIONS.map((p) => ({ value: p, label: t(`permissions.${p}`, { defaultValue: p }) })),
    presetFrom: { from: "role", ticked: presetOf },
    hint: t("members.permissionsHint"),
  },
]

export const emailField = (t: TFunction, apiFields: string[] = []): FormField => ({
  name: "email",
  label: t("members.email"),
  kind: "email",
  apiFields,
})

export const locationsField = (t: TFunction, locations: Pick<Location, "id" | "label" | "city">[]): FormField => ({
  name: "location_ids",
  label: t("members.locations"),
  kind: "checklist",
  options: locations.map((l) => ({ value: l.id, label: `${l.label} (${l.city})` })),
  hint: t("members.locationsHint"),
})

type LocationChoice = Pick<Location, "id" | "label" | "city">

/** The organization's delivery locations, the choices for assigning members to them. */
export function useLocationChoices(organizationId: string): LocationChoice[] {
  const { data } = useLocations(organizationId, { limit: 100, fields: "id,label,city" })
  return data?.locations ?? []
}

/**
 * Locations for a newcomer (add member, invite): no field while the organization has none;
 * its only location is ticked to begin with, as the server gives it when none are named.
 */
export const newcomerLocations = (t: TFunction, locations: LocationChoice[]) => ({
  fields: locations.length ? [{ ...locationsField(t, locations), hint: t("members.newcomerLocationsHint") }] : [],
  initial: { location_ids: locations.length === 1 ? [locations[0].id] : [] },
  body: (values: Values) => (locations.length ? { location_ids: values.location_ids as string[] } : {}),
})

export const spendingLimitField = (t: TFunction): FormField => ({
  name: "spending_limit",
  label: t("members.spendingLimit"),
  hint: t("members.spendingLimitHint"),
})

/** grants / revokes that turn `role`'s presets into `permissions`. */
export function permissionChanges(role: string, permissions: string[]) {
  const preset = presetOf(role)
  // The checklist's options are the permission keys, so every ticked value is one.
  return {
    grants: permissions.filter((p) => !preset.includes(p)) as Permission[],
    revokes: preset.filter((p) => !permissions.includes(p)) as Permission[],
  }
}

/** role + grants/revokes from the form's role and ticked permissions. */
export const accessBody = (values: Values) => ({
  // The select's options are the roles (and the form's schema checked it).
  role: String(values.role) as Role,
  ...permissionChanges(String(values.role), values.permissions as string[]),
})
