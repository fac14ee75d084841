import { usePrompt } from "@medusajs/ui"
import { useT } from "../lib/i18n"

/** Asks before an action (red for destructive ones); resolves true when confirmed. */
export function useConfirm() {
  const prompt = usePrompt()
  const { t } = useT()
  return (title: string, description: string, confirmText = t("actions.confirm"), variant: "danger" | "confirmation" = "danger") =>
    prompt({ title, description, confirmText, cancelText: t("actions.cancel"), variant })
}
