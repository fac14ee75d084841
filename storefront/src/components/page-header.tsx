import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** Every page's one h1, an optional line under it, and its actions on the right. */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <Heading level="h1">{title}</Heading>
        {subtitle ? <Text className="text-ui-fg-subtle">{subtitle}</Text> : null}
      </div>
      {children ? <div className="flex items-center gap-2">{children}</div> : null}
    </div>
  )
}
