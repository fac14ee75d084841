import type { TFunction } from "i18next"
import { textOrNull, type FormField, type Values } from "../form-drawer"
import type { Location } from "../../lib/types"

const TEXT: [name: keyof Location, required: boolean, max: number][] = [
  ["label", true, 255],
  ["company", false, 255],
  ["first_name", false, 255],
  ["last_name", false, 255],
  ["address_1", true, 255],
  ["address_2", false, 255],
  ["postal_code", true, 20],
  ["city", true, 255],
  ["province", false, 255],
]

/** A delivery location's fields, as Medusa addresses have them. */
export function locationFields(t: TFunction): FormField[] {
  return [
    ...TEXT.map(([name, required, maxLength]) => ({ name, label: t(`locations.fields.${name}`), required, maxLength })),
    { name: "country_code", label: t("organization.country"), kind: "country", required: true },
    { name: "phone", label: t("locations.fields.phone"), maxLength: 32 },
  ]
}

export const locationValues = (location?: Location | null): Values => ({
  ...Object.fromEntries(TEXT.map(([name]) => [name, String(location?.[name] ?? "")])),
  country_code: location?.country_code?.toLowerCase() ?? "",
  phone: location?.phone ?? "",
})

export const locationBody = (values: Values) => ({
  ...Object.fromEntries(TEXT.map(([name, required]) => [name, required ? String(values[name]).trim() : textOrNull(values[name])])),
  country_code: String(values.country_code).trim().toLowerCase(),
  phone: textOrNull(values.phone),
})
