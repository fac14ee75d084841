import { Alert, Button, Text, toast } from "@medusajs/ui"
import { useLocation, useNavigate } from "react-router-dom"
import { useCopyLink } from "../copy-link-dialog"
import { errorMessage } from "../../lib/errors"
import { listMembers, useActivationLink } from "../../lib/queries/members"
import { useT } from "../../lib/i18n"
import type { OnboardingState } from "./create-organization-drawer"

/**
 * After onboarding, when the first admin's activation e-mail failed: the reason, and a fresh
 * activation link to pass on instead (shown once). Gone once dismissed or the page is left.
 */
export function ActivationEmailNotice({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const location = useLocation()
  const navigate = useNavigate()
  const { copyLink, dialog } = useCopyLink()
  const activationLink = useActivationLink(organizationId)
  const email = (location.state as OnboardingState | null)?.activationEmail
  if (!email || email.status !== "failed") return dialog

  const dismiss = () => navigate(location.pathname, { replace: true, state: null })
  const copyActivationLink = async () => {
    try {
      const { memberships } = await listMembers(organizationId, { limit: 100 })
      const admin = memberships.find((m) => m.customer?.email?.toLowerCase() === email.to.toLowerCase()) ?? memberships[0]
      await copyLink(() => activationLink.mutateAsync(admin.id), t("members.activationLinkTitle", { name: email.to }))
      dismiss()
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <>
      <Alert variant="warning" dismissible data-testid="activation-email-failed">
        <Text size="small" weight="plus">{t("onboarding.emailFailed", { to: email.to })}</Text>
        <Text size="small">{(email.reason ?? t("emailOutcome.unknownReason")).replace(/([^.!?])$/, "$1.")} {t("emailOutcome.copyInstead")}</Text>
        <Button size="small" variant="secondary" className="mt-2" onClick={copyActivationLink}>
          {t("onboarding.copyActivationLink")}
        </Button>
      </Alert>
      {dialog}
    </>
  )
}
