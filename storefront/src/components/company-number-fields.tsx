"use client"
// The company's country, VAT number and registration number (KvK, KBO/BCE, …), checked as the
// visitor types with the store's own rule: the plugin's pure company-numbers module, the one
// the server applies to the request. Each failure's `rule` is shown in the visitor's language
// (the page passes the texts); the store still checks again on submit.
import { checkRegistrationNumber, checkVatNumber, vatPrefix, type CompanyNumberRule, type NumberCheck } from "medusa-plugin-b2b-accounts/lib/company-numbers"
import { Input, Label } from "./form-controls"
import { useEffect, useState } from "react"
import { SelectField } from "./choice"

type PerCountry = { nl: string; be: string; other: string }

type Props = {
  countries: { value: string; label: string }[]
  defaultCountry: string
  labels: { country: string; vat: string; vatHint: string; registration: PerCountry; registrationHint: PerCountry; valid: string }
  /** The text of each rule; `{country}` and `{prefix}` are filled in. */
  rules: Record<CompanyNumberRule, string>
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")

/**
 * The value once the visitor stops typing for a moment: no error per keystroke. (Not at once on
 * leaving the field: the message's new height would move the submit button between the press
 * and the release of a click on it, and the click would be lost.)
 */
function useSettled(value: string, delay = 450) {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

export function CompanyNumberFields({ countries, defaultCountry, labels, rules }: Props) {
  const [country, setCountry] = useState(defaultCountry)
  const [vat, setVat] = useState("")
  const [registration, setRegistration] = useState("")
  const settledVat = useSettled(vat)
  const settledRegistration = useSettled(registration)
  const kind = country === "nl" || country === "be" ? country : "other"
  const words = { country: countries.find((option) => option.value === country)?.label ?? country.toUpperCase(), prefix: vatPrefix(country) }
  const say = (check: NumberCheck | null) =>
    check === null ? null : check.valid ? { ok: true, text: fill(labels.valid, { number: check.normalized }) } : { ok: false, text: fill(rules[check.rule], words) }

  return (
    <>
      <SelectField label={labels.country} name="country_code" options={countries} value={country} onChange={(event) => setCountry(event.target.value)} required />
      <NumberInput
        name="vat_number"
        label={labels.vat}
        hint={labels.vatHint}
        value={vat}
        onChange={setVat}
        result={say(settledVat.trim() ? checkVatNumber(settledVat, country) : null)}
      />
      <NumberInput
        name="registration_number"
        label={labels.registration[kind]}
        hint={labels.registrationHint[kind]}
        value={registration}
        onChange={setRegistration}
        result={say(settledRegistration.trim() ? checkRegistrationNumber(settledRegistration, country) : null)}
      />
    </>
  )
}

type InputProps = {
  name: string
  label: string
  hint: string
  value: string
  onChange: (value: string) => void
  result: { ok: boolean; text: string } | null
}

function NumberInput({ name, label, hint, value, onChange, result }: InputProps) {
  const id = `field-${name}`
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={32}
        required
        aria-invalid={result ? !result.ok : undefined}
        aria-describedby={`${id}-hint ${id}-check`}
      />
      <p className="txt-small text-ui-fg-subtle" id={`${id}-hint`}>
        {hint}
      </p>
      {/* Always present, so screen readers announce what the check says once it changes. */}
      <p className={`txt-small ${result?.ok ? "text-ui-fg-interactive" : "text-ui-fg-error"}`} id={`${id}-check`} aria-live="polite" data-check={result ? (result.ok ? "valid" : "invalid") : undefined}>
        {result?.text}
      </p>
    </div>
  )
}
