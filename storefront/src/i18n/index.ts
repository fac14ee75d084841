// English and Dutch, like the admin. The language is the visitor's choice (a cookie), else the
// browser's first preference. Each area of the zone has its own messages file whose `nl` must
// have every key of its `en` (TypeScript checks it).
import { cookies, headers } from "next/headers"

export const LOCALES = ["en", "nl"] as const
export type Locale = (typeof LOCALES)[number]
export const LOCALE_COOKIE = "locale"

export const messages = <T>(byLocale: { en: T; nl: NoInfer<T> }) => byLocale

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isLocale(chosen)) return chosen
  const preferred = (await headers()).get("accept-language") ?? ""
  const first = preferred.split(",")[0]?.trim().slice(0, 2).toLowerCase()
  return isLocale(first) ? first : "en"
}

/** The messages of one area in the visitor's language. */
export async function translate<T>(byLocale: { en: T; nl: T }): Promise<T> {
  return byLocale[await currentLocale()]
}

/** "{count} seats" → "3 seats". */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`))
