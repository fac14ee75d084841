import { Button, Text } from "@medusajs/ui"
import { useCopyLink } from "../copy-link-dialog"
import { useAccountRequestActivationLink } from "../../lib/queries/account-requests"
import { useT } from "../../lib/i18n"
import type { AccountRequest } from "../../lib/types"

/**
 * The approved request's activation link, made again on demand (only its hash is stored, so
 * the one e-mailed cannot be shown): `copy()` opens it in the copy dialog; `dialog` renders it.
 */
export function useRequestActivationLink(request: Pick<AccountRequest, "id" | "email">) {
  const { t } = useT()
  const make = useAccountRequestActivationLink(request.id)
  const { copyLink, dialog } = useCopyLink()
  const copy = () => copyLink(() => make.mutateAsync(), t("requests.activationLinkTitle", { email: request.email }))
  return { copy, dialog, isPending: make.isPending }
}

/**
 * "Copy activation link" on the request's page for as long as the link is unused, so the
 * merchant need not catch the toast that offered it after approving.
 */
export function CopyActivationLink({ request }: { request: AccountRequest }) {
  const { t } = useT()
  const { copy, dialog, isPending } = useRequestActivationLink(request)
  return (
    <div className="flex flex-col items-start gap-y-1 pt-2">
      <Button size="small" variant="secondary" onClick={copy} isLoading={isPending} data-testid="copy-activation-link">
        {t("requests.copyActivationLink")}
      </Button>
      <Text size="xsmall" className="text-ui-fg-muted">{t("requests.copyActivationLinkHint")}</Text>
      {dialog}
    </div>
  )
}
