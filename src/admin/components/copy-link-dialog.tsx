import { Button, Input, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/errors"
import { formatDateTime } from "../lib/format"
import { useT } from "../lib/i18n"
import type { CopyableLink } from "../lib/types"

type Shown = CopyableLink & { title: string }

/**
 * "Copy invitation / activation link": asks the server for a fresh single-use link (which kills
 * the previous one) and shows it once, in a dialog with a copy button.
 * Returns `copyLink(make, title)` (`make`: the resource's link request) and the dialog to render.
 */
export function useCopyLink() {
  const [shown, setShown] = useState<Shown | null>(null)
  const copyLink = async (make: () => Promise<CopyableLink>, title: string) => {
    try {
      const { url, expires_at } = await make()
      setShown({ url, expires_at, title })
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return { copyLink, dialog: <CopyLinkDialog link={shown} onClose={() => setShown(null)} /> }
}

function CopyLinkDialog({ link, onClose }: { link: Shown | null; onClose: () => void }) {
  const { t } = useT()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link!.url)
      setCopied(true)
    } catch {
      // No clipboard (e.g. not a secure context): the link stays selectable in the field.
      toast.info(t("copyLink.selectInstead"))
    }
  }
  return (
    <Prompt open={!!link} onOpenChange={(open) => !open && (setCopied(false), onClose())} variant="confirmation">
      <Prompt.Content data-testid="copy-link-dialog">
        <Prompt.Header>
          <Prompt.Title>{link?.title}</Prompt.Title>
          <Prompt.Description>{t("copyLink.description")}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Input readOnly value={link?.url ?? ""} data-testid="copy-link-url" onFocus={(e) => e.target.select()} aria-label={t("copyLink.link")} />
          <Text size="small" className="text-ui-fg-subtle">
            {t("copyLink.validUntil", { date: formatDateTime(link?.expires_at) })}
          </Text>
        </div>
        <Prompt.Footer>
          <Button size="small" variant="secondary" type="button" onClick={copy}>
            {copied ? t("copyLink.copied") : t("copyLink.copy")}
          </Button>
          <Prompt.Action onClick={onClose}>{t("copyLink.done")}</Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
