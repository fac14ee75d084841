// Native checkboxes and selects (they post with the form as they are), labelled and styled
// like @medusajs/ui's inputs.
import { Label } from "./form-controls"
import type { InputHTMLAttributes, SelectHTMLAttributes } from "react"

const box = "h-4 w-4 rounded border-ui-border-base accent-ui-fg-interactive"
const select =
  "h-8 rounded-md border border-ui-border-base bg-ui-bg-field px-2 text-sm text-ui-fg-base shadow-buttons-neutral focus-visible:shadow-borders-interactive-with-active"

export function CheckboxField({ label, hint, id, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; name: string }) {
  const inputId = id ?? `check-${input.name}-${String(input.value ?? "")}`
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" id={inputId} className={`${box} mt-0.5`} aria-describedby={hint ? `${inputId}-hint` : undefined} {...input} />
      <div className="flex flex-col">
        <Label htmlFor={inputId}>{label}</Label>
        {hint ? (
          <p className="txt-small text-ui-fg-subtle" id={`${inputId}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}

export function SelectField({
  label,
  options,
  id,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; options: { value: string; label: string }[] }) {
  const selectId = id ?? `select-${rest.name}`
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={selectId}>{label}</Label>
      <select id={selectId} className={select} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
