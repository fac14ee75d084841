import { Button, Checkbox, Drawer, Hint, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState, type ReactNode } from "react"
import { errorMessage, fieldErrors } from "../lib/errors"
import { countryOptions } from "../lib/countries"
import { useT } from "../lib/i18n"

export type Values = Record<string, string | string[]>

export type FormField = {
  name: string
  label: string
  /** country: a select of every country, value the ISO-2 code in lower case ("nl"). */
  /** checkbox: one tick box labelled by `label`; value "true" or "". */
  kind?: "text" | "email" | "number" | "textarea" | "select" | "checklist" | "country" | "checkbox"
  /** select and checklist: the choices. */
  options?: { value: string; label: string }[]
  required?: boolean
  pattern?: RegExp
  /** Message (already translated) when `pattern` does not match. */
  patternMessage?: string
  maxLength?: number
  hint?: string
  /** API field names whose errors belong to this field (besides `name`). */
  apiFields?: string[]
  /** checklist: when the field `from` changes, tick `ticked(its new value)` instead. */
  presetFrom?: { from: string; ticked: (value: string) => readonly string[] }
}

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  fields: FormField[]
  initial: Values
  submitLabel: string
  successMessage: string
  onSubmit: (values: Values) => Promise<unknown>
  /** Shown in the body after the fields, from the values as typed (e.g. possible duplicates). */
  aside?: (values: Values) => ReactNode
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** One form for every create/edit of the plugin: checks before sending, shows the API's field errors. */
export function FormDrawer(props: Props) {
  const { open, onOpenChange, title, description, fields, initial, submitLabel, successMessage, onSubmit, aside } = props
  const { t } = useT()
  const [values, setValues] = useState<Values>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string[]>([])
  const [submitting, setSubmitting] = useState(false)

  useEffect(() => {
    if (open) {
      setValues(initial)
      setErrors({})
      setGeneral([])
    }
    // Reset only when the drawer opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const set = (name: string, value: string | string[]) => {
    setValues((current) => {
      const next = { ...current, [name]: value }
      for (const field of fields) {
        if (field.presetFrom?.from === name) next[field.name] = [...field.presetFrom.ticked(String(value))]
      }
      return next
    })
    setErrors((current) => ({ ...current, [name]: "" }))
  }

  const validate = () => {
    const found: Record<string, string> = {}
    for (const field of fields) {
      const value = values[field.name]
      const text = typeof value === "string" ? value.trim() : ""
      if (field.required && (Array.isArray(value) ? !value.length : !text)) {
        found[field.name] = t("form.required")
      } else if (text && field.kind === "email" && !EMAIL.test(text)) {
        found[field.name] = t("form.email")
      } else if (text && field.kind === "number" && !(Number(text) >= 0)) {
        found[field.name] = t("form.number")
      } else if (text && field.pattern && !field.pattern.test(text)) {
        found[field.name] = field.patternMessage ?? t("form.invalid")
      } else if (text && field.maxLength && text.length > field.maxLength) {
        found[field.name] = t("form.tooLong", { max: field.maxLength })
      }
    }
    setErrors(found)
    return Object.keys(found).length === 0
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setGeneral([])
    if (!validate()) return
    setSubmitting(true)
    try {
      await onSubmit(values)
      toast.success(successMessage)
      onOpenChange(false)
    } catch (error) {
      const parsed = fieldErrors(error)
      const mapped: Record<string, string> = {}
      const unplaced = [...parsed.general]
      for (const [apiField, message] of Object.entries(parsed.fields)) {
        const field = fields.find((f) => f.name === apiField || f.apiFields?.includes(apiField))
        if (field) mapped[field.name] = message
        else unplaced.push(message)
      }
      setErrors(mapped)
      setGeneral(unplaced.length || Object.keys(mapped).length ? unplaced : [errorMessage(error)])
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      {/* Without a description, tell Radix there is none (no warning, no dangling reference). */}
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <form onSubmit={submit} noValidate className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && <Drawer.Description>{description}</Drawer.Description>}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {general.map((message) => (
              <Text key={message} size="small" className="text-ui-fg-error" role="alert">
                {message}
              </Text>
            ))}
            {fields.map((field) => (
              <div key={field.name} className="flex flex-col gap-y-2">
                {field.kind !== "checkbox" && (
                  <Label htmlFor={`b2b-field-${field.name}`} size="small" weight="plus">
                    {field.label}
                    {!field.required && <span className="text-ui-fg-muted"> ({t("form.optional")})</span>}
                  </Label>
                )}
                <FieldInput field={field} value={values[field.name]} onChange={(v) => set(field.name, v)} invalid={!!errors[field.name]} />
                {field.hint && !errors[field.name] && <Hint>{field.hint}</Hint>}
                {errors[field.name] && (
                  <Hint variant="error" data-testid={`error-${field.name}`}>
                    {errors[field.name]}
                  </Hint>
                )}
              </div>
            ))}
            {aside?.(values)}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={submitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

type InputProps = { field: FormField; value: string | string[] | undefined; onChange: (value: string | string[]) => void; invalid: boolean }

// Radix' Select cannot hold "" as an item's value: an optional country's "none" choice uses this.
const NO_COUNTRY = "-"

/** Medusa's country select: every country by name in the dashboard's language; optional ones can be cleared. */
function CountryInput({ field, value, onChange, invalid }: InputProps) {
  const { t, language } = useT()
  const options = useMemo(() => countryOptions(language), [language])
  const current = String(value ?? "").toLowerCase()
  return (
    <Select value={current} onValueChange={(next) => onChange(next === NO_COUNTRY ? "" : next)}>
      <Select.Trigger id={`b2b-field-${field.name}`} aria-invalid={invalid} data-testid={`select-${field.name}`}>
        <Select.Value placeholder={t("form.chooseCountry")} />
      </Select.Trigger>
      <Select.Content>
        {!field.required && <Select.Item value={NO_COUNTRY}>{t("form.noCountry")}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

function FieldInput({ field, value, onChange, invalid }: InputProps) {
  const { t } = useT()
  const id = `b2b-field-${field.name}`
  switch (field.kind) {
    case "country":
      return <CountryInput field={field} value={value} onChange={onChange} invalid={invalid} />
    case "checkbox":
      return (
        <div className="flex items-center gap-x-2">
          <Checkbox id={id} name={field.name} checked={value === "true"} aria-invalid={invalid} onCheckedChange={(checked) => onChange(checked === true ? "true" : "")} />
          <Label htmlFor={id} size="small" weight="plus">
            {field.label}
          </Label>
        </div>
      )
    case "textarea":
      return <Textarea id={id} name={field.name} value={String(value ?? "")} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
    case "select":
      return (
        <Select value={String(value ?? "")} onValueChange={onChange}>
          <Select.Trigger id={id} aria-invalid={invalid} data-testid={`select-${field.name}`}>
            <Select.Value placeholder={t("form.choose")} />
          </Select.Trigger>
          <Select.Content>
            {field.options?.map((option) => (
              <Select.Item key={option.value} value={option.value}>
                {option.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )
    case "checklist": {
      const checked = new Set(Array.isArray(value) ? value : [])
      const options = field.options ?? []
      const toggle = (option: string) => {
        const next = new Set(checked)
        if (next.has(option)) next.delete(option)
        else next.add(option)
        onChange(options.map((o) => o.value).filter((o) => next.has(o)))
      }
      if (!options.length) return <Hint>{t("form.noOptions")}</Hint>
      return (
        <div id={id} className="grid grid-cols-1 gap-2">
          {options.map((option) => (
            <div key={option.value} className="flex items-center gap-x-2">
              <Checkbox id={`${id}-${option.value}`} checked={checked.has(option.value)} onCheckedChange={() => toggle(option.value)} />
              <Label htmlFor={`${id}-${option.value}`} size="small">
                {option.label}
              </Label>
            </div>
          ))}
        </div>
      )
    }
    default:
      return (
        <Input
          id={id}
          name={field.name}
          type={field.kind === "number" ? "number" : field.kind === "email" ? "email" : "text"}
          value={String(value ?? "")}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
        />
      )
  }
}

/** "" → null for optional text fields, so clearing a field clears it on the server. */
export const textOrNull = (value: string | string[] | undefined) =>
  typeof value === "string" && value.trim() ? value.trim() : null
