import { checkVAT, countries } from "jsvat"

/**
 * VAT and chamber-of-commerce numbers, as merchants check them before approving an
 * account request (seed 001). Every check answers a reason a form can show next to the field,
 * and the rule it broke: a stable key a storefront translates (the reason is English, for the
 * API's answers). Pure and without server imports: a storefront checks as the user types with
 * the very rule the server applies (`medusa-plugin-b2b-accounts/lib/company-numbers`).
 */
export const COMPANY_NUMBER_RULES = [
  /** The VAT number's prefix is no country jsvat knows. */
  "vat_country_unsupported",
  /** The VAT number belongs to another country than the company's (see `vatPrefix`). */
  "vat_country_mismatch",
  /** No country_code and no country prefix to check the VAT number against. */
  "vat_country_missing",
  "vat_format",
  "vat_checksum",
  /** Dutch KvK number: 8 digits. */
  "kvk_format",
  /** Belgian enterprise number: 10 digits starting with 0 or 1. */
  "kbo_format",
  /** Belgian enterprise number: the mod 97 check. */
  "kbo_checksum",
  /** Any other country: 1 to 32 letters or digits. */
  "registration_format",
] as const
export type CompanyNumberRule = (typeof COMPANY_NUMBER_RULES)[number]

export type NumberCheck = { valid: true; normalized: string } | { valid: false; rule: CompanyNumberRule; reason: string }

const compact = (value: string) => value.replace(/[\s.\-/]/g, "").toUpperCase()

/** A number as stored: without spaces, dots, dashes or slashes, upper-case. */
export const compactNumber = compact

// VAT prefixes that are not the ISO country code.
const VAT_PREFIX: Record<string, string> = { gr: "EL" }

/** The prefix of a country's VAT numbers: the ISO code upper-case, except Greece's `EL`. */
export const vatPrefix = (countryCode: string) => VAT_PREFIX[countryCode.toLowerCase()] ?? countryCode.toUpperCase()

/** Format and checksum by `jsvat`, and the number must belong to `countryCode`. */
export function checkVatNumber(value: string, countryCode: string): NumberCheck {
  const prefix = vatPrefix(countryCode)
  let normalized = compact(value)
  if (/^\d/.test(normalized)) normalized = `${prefix}${normalized}`
  const result = checkVAT(normalized, countries)
  if (!result.isSupportedCountry) {
    return { valid: false, rule: "vat_country_unsupported", reason: "is not a VAT number of a supported country" }
  }
  if (!normalized.startsWith(prefix)) {
    return { valid: false, rule: "vat_country_mismatch", reason: `must be a ${countryCode.toUpperCase()} VAT number (starting with ${prefix})` }
  }
  if (!result.isValidFormat) return { valid: false, rule: "vat_format", reason: "has the wrong format" }
  if (!result.isValid) return { valid: false, rule: "vat_checksum", reason: "fails the check digit test" }
  return { valid: true, normalized }
}

/**
 * Dutch KvK: 8 digits. Belgian KBO/BCE: 10 digits, starting with 0 or 1, whose last two
 * digits are 97 minus the first eight modulo 97. Other countries: 1 to 32 letters or digits.
 */
export function checkRegistrationNumber(value: string, countryCode: string): NumberCheck {
  const normalized = compact(value)
  switch (countryCode.toLowerCase()) {
    case "nl":
      return /^\d{8}$/.test(normalized)
        ? { valid: true, normalized }
        : { valid: false, rule: "kvk_format", reason: "must be a Dutch KvK number of 8 digits" }
    case "be": {
      if (!/^[01]\d{9}$/.test(normalized)) {
        return { valid: false, rule: "kbo_format", reason: "must be a Belgian enterprise number of 10 digits starting with 0 or 1" }
      }
      const check = 97 - (Number(normalized.slice(0, 8)) % 97)
      return check === Number(normalized.slice(8))
        ? { valid: true, normalized }
        : { valid: false, rule: "kbo_checksum", reason: "fails the Belgian enterprise number check (mod 97)" }
    }
    default:
      return /^[A-Z0-9]{1,32}$/.test(normalized)
        ? { valid: true, normalized }
        : { valid: false, rule: "registration_format", reason: "must be 1 to 32 letters or digits" }
  }
}

export type CompanyNumbers = {
  vat_number?: string | null
  registration_number?: string | null
  country_code?: string | null
}

export type CompanyNumberIssue = { field: "vat_number" | "registration_number"; rule: CompanyNumberRule; reason: string }

/**
 * The one rule for every door (account requests, the admin's create and update): each number
 * given is checked against the country and normalized. Without a country a VAT number is
 * checked against its own prefix, and a registration number only for its generic form.
 */
export function checkCompanyNumbers(numbers: CompanyNumbers): {
  issues: CompanyNumberIssue[]
  normalized: { vat_number?: string; registration_number?: string }
} {
  const issues: CompanyNumberIssue[] = []
  const normalized: { vat_number?: string; registration_number?: string } = {}
  const country = numbers.country_code?.trim() || null
  if (numbers.vat_number) {
    const prefix = compact(numbers.vat_number).slice(0, 2)
    const vatCountry = country ?? (/^[A-Z]{2}$/.test(prefix) ? (prefix === "EL" ? "gr" : prefix.toLowerCase()) : null)
    const check = vatCountry
      ? checkVatNumber(numbers.vat_number, vatCountry)
      : ({ valid: false, rule: "vat_country_missing", reason: "needs its country prefix (e.g. NL) or a country_code" } as const)
    if (check.valid) normalized.vat_number = check.normalized
    else issues.push({ field: "vat_number", rule: check.rule, reason: check.reason })
  }
  if (numbers.registration_number) {
    const check = checkRegistrationNumber(numbers.registration_number, country ?? "")
    if (check.valid) normalized.registration_number = check.normalized
    else issues.push({ field: "registration_number", rule: check.rule, reason: check.reason })
  }
  return { issues, normalized }
}
