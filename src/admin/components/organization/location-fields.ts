import type { TFunction } from "i18next"
import { textOrNull, type FormField, type Values } from "../form-drawer"
import { locationSchema } from "../../lib/schemas/locations"
import type { CreateLocationBody } from "../../lib/requests"
import type { Location } from "../../lib/types"

const TEXT = ["label", "company", "first_name", "last_name", "address_1", "address_2", "postal_code", "city", "province"] as const

/** Optional fields are cleared on the server by sending null. */
const optional = (name: (typeof TEXT)[number]) => locationSchema.shape[name].safeParse("").success

/** A delivery location's fields, as Medusa addresses have them. */
export function locationFields(t: TFunction): FormField[] {
  return [
    ...TEXT.map((name) => ({ name, label: t(`locations.fields.${name}`) })),
    { name: "country_code", label: t("organization.country"), kind: "country" },
    { name: "phone", label: t("locations.fields.phone") },
  ]
}

export const locationValues = (location?: Location | null): Values => ({
  ...Object.fromEntries(TEXT.map((name) => [name, String(location?.[name] ?? "")])),
  country_code: location?.country_code?.toLowerCase() ?? "",
  phone: location?.phone ?? "",
})

export const locationBody = (values: Values): CreateLocationBody => ({
  // One entry per TEXT field: the required ones as text, the optional ones text or null.
  ...(Object.fromEntries(TEXT.map((name) => [name, optional(name) ? textOrNull(values[name]) : String(values[name]).trim()])) as Omit<
    CreateLocationBody,
    "country_code" | "phone"
  >),
  country_code: String(values.country_code).trim().toLowerCase(),
  phone: textOrNull(values.phone),
})
