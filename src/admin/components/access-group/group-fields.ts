import type { TFunction } from "i18next"
import type { FormField, Values } from "../form-drawer"
import type { AccessGroup } from "../../lib/types"
import { REGISTRATION_MODES } from "../../../lib/constants"

export const groupFields = (t: TFunction): FormField[] => [
  { name: "name", label: t("groups.name") },
  {
    name: "registration_mode",
    label: t("groups.registrationMode"),
    kind: "select",
    hint: t("groups.registrationModeHint"),
    options: REGISTRATION_MODES.map((value) => ({ value, label: t(`status.${value}`) })),
  },
]

export const groupValues = (group?: AccessGroup): Values => ({
  name: group?.name ?? "",
  registration_mode: group?.registration_mode ?? "approval",
})

export const groupBody = (values: Values) => ({
  name: String(values.name).trim(),
  registration_mode: String(values.registration_mode),
})
