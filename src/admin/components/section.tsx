import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { title: string; subtitle?: string; actions?: ReactNode; children: ReactNode; testId?: string }

/** A card of a page: heading, actions on the right, content below. */
export function Section({ title, subtitle, actions, children, testId }: Props) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          {subtitle && (
            <Text size="small" className="text-ui-fg-subtle">
              {subtitle}
            </Text>
          )}
        </div>
        {actions && <div className="flex items-center gap-x-2">{actions}</div>}
      </div>
      {children}
    </Container>
  )
}

/** A label / value row inside a section. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      {/* A div, not Text's <p>: values may be badges or blocks (no <div> inside <p>). */}
      <Text size="small" leading="compact" className="break-words" asChild>
        <div>{children}</div>
      </Text>
    </div>
  )
}
