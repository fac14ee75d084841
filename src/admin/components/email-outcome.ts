import { toast } from "@medusajs/ui"
import { useT } from "../lib/i18n"
import type { EmailOutcome } from "../lib/types"

type Report = {
  /** The success toast, e.g. "Invitation e-mailed to {{to}}" already translated. */
  sent: (to: string) => string
  /** Offered when the e-mail failed: make a link to pass on by hand. */
  copyLink?: () => void
  /** Shown when the response says nothing about an e-mail (the action itself worked). */
  done?: string
}

/**
 * Shows what really happened to an action's e-mail (the response's `email` object): sent →
 * success naming the address; failed → a warning with the reason and, where there is one, the
 * offer to copy a link instead.
 */
export function useEmailOutcome() {
  const { t } = useT()
  return (email: EmailOutcome | null | undefined, { sent, copyLink, done }: Report) => {
    if (!email) {
      if (done) toast.success(done)
      return
    }
    if (email.status === "sent") {
      toast.success(sent(email.to))
      return
    }
    // The server's reason is a short text, usually without a full stop.
    const reason = (email.reason ?? t("emailOutcome.unknownReason")).replace(/([^.!?])$/, "$1.")
    const id = toast.warning(t("emailOutcome.failed", { to: email.to }), {
      description: copyLink ? `${reason} ${t("emailOutcome.copyInstead")}` : reason,
      // Long enough to read the reason and take the offer.
      duration: 30_000,
      ...(copyLink
        ? {
            action: {
              label: t("emailOutcome.copyLink"),
              altText: t("emailOutcome.copyLink"),
              onClick: () => {
                toast.dismiss(id)
                copyLink()
              },
            },
          }
        : {}),
    })
  }
}
