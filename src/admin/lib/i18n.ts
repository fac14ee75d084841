import { useTranslation } from "react-i18next"
import { setDashboardLanguage } from "./format"

/** This plugin's strings (src/admin/i18n), in the language the admin user picked in the dashboard. */
export function useT() {
  const { t, i18n } = useTranslation("translation", { keyPrefix: "b2b" })
  const language = i18n.language || "en"
  setDashboardLanguage(language)
  return { t, language }
}
