import type { TFunction } from "i18next"
import type { FormField, Values } from "../form-drawer"
import type { CreateAccessGroupBody } from "../../lib/requests"
import type { AccessGroup, RegistrationMode } from "../../lib/types"
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

// Form values passed the form's schema: the select holds one of the modes.
export const groupBody = (values: Values): CreateAccessGroupBody => ({
  name: String(values.name).trim(),
  registration_mode: String(values.registration_mode) as RegistrationMode,
})
