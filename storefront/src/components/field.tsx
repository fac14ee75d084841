// A labelled input: the label names the field for screen readers, the hint is described-by.
import { Text } from "@medusajs/ui"
import { Input, Label } from "./form-controls"
import type { ComponentProps } from "react"

type Props = ComponentProps<typeof Input> & { label: string; name: string; hint?: string }

export function Field({ label, name, hint, id, ...input }: Props) {
  const inputId = id ?? `field-${name}`
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={inputId}>{label}</Label>
      <Input id={inputId} name={name} aria-describedby={hint ? `${inputId}-hint` : undefined} {...input} />
      {hint ? (
        <Text size="small" className="text-ui-fg-subtle" id={`${inputId}-hint`}>
          {hint}
        </Text>
      ) : null}
    </div>
  )
}
