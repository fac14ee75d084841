// A sentence in place of what the visitor may not see or do here, in the words the store's
// refusal would give (src/i18n/common.ts `codes`).
import { Container, Text } from "@medusajs/ui"
import { PageHeader } from "./page-header"

export function Notice({ children }: { children: string }) {
  return (
    <Container>
      <Text role="status">{children}</Text>
    </Container>
  )
}

/** A whole page that is refused: its title and why. */
export function RefusedPage({ title, message }: { title: string; message: string }) {
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={title} />
      <Notice>{message}</Notice>
    </div>
  )
}

/** Why a membership that is not active may not use the organization's pages (null: it may). */
export const inactiveMembership = (status: string, codes: { membership_pending: string; membership_deactivated: string }) =>
  status === "active" ? null : status === "pending" ? codes.membership_pending : codes.membership_deactivated
