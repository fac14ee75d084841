import type { Customer } from "./types"

export const dash = "–"

export function personName(person?: Partial<Customer> | null) {
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ")
  return name || person?.email || dash
}

export function formatDate(value: string | null | undefined, language: string) {
  if (!value) return dash
  return new Date(value).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" })
}
