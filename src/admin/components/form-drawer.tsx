import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Checkbox, Drawer, Hint, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState, type ReactNode } from "react"
import { Controller, useForm } from "react-hook-form"
import type { z } from "zod"
import { errorMessage, fieldErrors } from "../lib/errors"
import { countryOptions } from "../lib/countries"
import { useT } from "../lib/i18n"
import { issueMessage } from "../lib/schemas/fields"

export type Values = Record<string, string | string[]>

export type FormField = {
  name: string
  label: string
  /** country: a select of every country, value the ISO-2 code in lower case ("nl"). */
  /** checkbox: one tick box labelled by `label`; value "true" or "". */
  kind?: "text" | "email" | "number" | "textarea" | "select" | "checklist" | "country" | "checkbox"
  /** select and checklist: the choices. */
  options?: { value: string; label: string }[]
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
  /** The form's rules (lib/schemas/<resource>.ts); a field it accepts empty is shown as optional. */
  schema: FormSchema
  initial: Values
  submitLabel: string
  successMessage: string
  onSubmit: (values: Values) => Promise<unknown>
  /** Shown in the body after the fields, from the values as typed (e.g. possible duplicates). */
  aside?: (values: Values) => ReactNode
}

/** A form's schema: one rule per field, over what the inputs hold. */
export type FormSchema = z.ZodObject<Record<string, z.ZodType<unknown, string | string[]>>>

const emptyOf = (field: FormField) => (field.kind === "checklist" ? [] : "")

/**
 * One form for every create/edit of the plugin (react-hook-form): checks the values against the
 * form's zod schema before sending, and puts the API's field errors (`errors[].field`) at the
 * fields they name.
 */
export function FormDrawer(props: Props) {
  const { open, onOpenChange, title, description, fields, schema, initial, submitLabel, successMessage, onSubmit, aside } = props
  const { t } = useT()
  const [general, setGeneral] = useState<string[]>([])
  const resolver = useMemo(() => zodResolver(schema, { error: issueMessage(t) }, { raw: true }), [schema, t])
  const form = useForm<Values>({ defaultValues: initial, resolver, shouldFocusError: false })
  const { errors, isSubmitting } = form.formState

  useEffect(() => {
    if (open) {
      form.reset(initial)
      setGeneral([])
    }
    // Reset only when the drawer opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const optional = (field: FormField) => schema.shape[field.name]?.safeParse(emptyOf(field)).success ?? true

  const submit = form.handleSubmit(async (values) => {
    setGeneral([])
    try {
      await onSubmit(values)
      toast.success(successMessage)
      onOpenChange(false)
    } catch (error) {
      const parsed = fieldErrors(error)
      const unplaced = [...parsed.general]
      let placed = 0
      for (const [apiField, message] of Object.entries(parsed.fields)) {
        const field = fields.find((f) => f.name === apiField || f.apiFields?.includes(apiField))
        if (field) {
          form.setError(field.name, { type: "server", message })
          placed++
        } else unplaced.push(message)
      }
      setGeneral(unplaced.length || placed ? unplaced : [errorMessage(error)])
    }
  })

  /** A change of `name`; a checklist preset from it follows (a role ticks its permissions). */
  const changed = (name: string, value: string | string[]) => {
    for (const field of fields) {
      if (field.presetFrom?.from === name) form.setValue(field.name, [...field.presetFrom.ticked(String(value))])
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
            {fields.map((field) => {
              const error = errors[field.name]?.message
              return (
                <div key={field.name} className="flex flex-col gap-y-2">
                  {field.kind !== "checkbox" && (
                    <Label htmlFor={`b2b-field-${field.name}`} size="small" weight="plus">
                      {field.label}
                      {optional(field) && <span className="text-ui-fg-muted"> ({t("form.optional")})</span>}
                    </Label>
                  )}
                  <Controller
                    control={form.control}
                    name={field.name}
                    render={({ field: input }) => (
                      <FieldInput
                        field={field}
                        optional={optional(field)}
                        value={input.value}
                        onChange={(value) => {
                          input.onChange(value)
                          changed(field.name, value)
                        }}
                        invalid={!!error}
                      />
                    )}
                  />
                  {field.hint && !error && <Hint>{field.hint}</Hint>}
                  {error && (
                    <Hint variant="error" data-testid={`error-${field.name}`}>
                      {error}
                    </Hint>
                  )}
                </div>
              )
            })}
            {aside?.(form.watch())}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("actions.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isSubmitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

type InputProps = {
  field: FormField
  /** The schema accepts it empty: a country select offers "no country". */
  optional: boolean
  value: string | string[] | undefined
  onChange: (value: string | string[]) => void
  invalid: boolean
}

// Radix' Select cannot hold "" as an item's value: an optional country's "none" choice uses this.
const NO_COUNTRY = "-"

/** Medusa's country select: every country by name in the dashboard's language; optional ones can be cleared. */
function CountryInput({ field, optional, value, onChange, invalid }: InputProps) {
  const { t, language } = useT()
  const options = useMemo(() => countryOptions(language), [language])
  const current = String(value ?? "").toLowerCase()
  return (
    <Select value={current} onValueChange={(next) => onChange(next === NO_COUNTRY ? "" : next)}>
      <Select.Trigger id={`b2b-field-${field.name}`} aria-invalid={invalid} data-testid={`select-${field.name}`}>
        <Select.Value placeholder={t("form.chooseCountry")} />
      </Select.Trigger>
      <Select.Content>
        {optional && <Select.Item value={NO_COUNTRY}>{t("form.noCountry")}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

function FieldInput(props: InputProps) {
  const { field, value, onChange, invalid } = props
  const { t } = useT()
  const id = `b2b-field-${field.name}`
  switch (field.kind) {
    case "country":
      return <CountryInput {...props} />
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
