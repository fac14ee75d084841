import { z } from "zod"
import { checkCompanyNumbers, type CompanyNumbers } from "../../lib/company-numbers"
import { likeLiteral } from "../../lib/trigram-search"
import { NOTIFICATION_CATEGORIES, PERMISSIONS, ROLES } from "../../lib/permissions"
import { CURRENCY_CODE_PATTERN, MAX_RULE_CURRENCIES, type CurrencyAmounts } from "../../lib/money"
import { APPROVAL_STATUSES, ENTITLEMENT_KINDS, INVITATION_STATUSES, MEMBERSHIP_STATUSES, SPENDING_PERIODS } from "../../lib/constants"

// Building blocks for the route validators; messages name the field through zod's path.
export const requiredText = (max = 255) => z.string().trim().min(1).max(max)
export const optionalText = (max = 255) => z.string().trim().max(max).nullish()

/** ISO 3166-1 alpha-2, stored lower-case as Medusa does for addresses. */
export const countryCode = z
  .string()
  .regex(/^[a-zA-Z]{2}$/, "Field 'country_code' must be a two-letter ISO 3166-1 country code")
  .transform((value) => value.toLowerCase())

export const metadata = z.record(z.string(), z.unknown())

/** `?q=` of every list route: up to 255 characters, its `%`, `_` and backslash matching literally. */
export const searchQuery = z.string().max(255).transform(likeLiteral)

/** The most records one list request returns. */
export const MAX_PAGE_SIZE = 100

const pageNumber = (field: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z
      .number({ error: `Field '${field}' must be a whole number` })
      .int(`Field '${field}' must be a whole number`)
      .min(min, `Field '${field}' must be at least ${min}`)
      .max(max, `Field '${field}' must be at most ${max}`)
  )

/**
 * `fields`, `limit`, `offset` and `order` of every list route: bad values are a 400 naming
 * the parameter, `limit` is capped, and `order` is checked against the route's sortable
 * fields by `validateQuery`. No `with_deleted`: removed records stay removed.
 */
export const listParams = ({ limit }: { limit: number }) =>
  z.object({
    fields: z.string().max(2000).optional(),
    limit: pageNumber("limit", 1, MAX_PAGE_SIZE).optional().default(Math.min(limit, MAX_PAGE_SIZE)),
    offset: pageNumber("offset", 0, 10_000_000).optional().default(0),
    order: z.string().max(64).optional(),
  })

export const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)])

/** Organization profile fields an organization admin may edit; the merchant also sets status. */
export const organizationProfile = {
  name: requiredText(),
  legal_name: optionalText(),
  vat_number: optionalText(32),
  registration_number: optionalText(32),
  country_code: countryCode.nullish(),
  metadata: metadata.nullish(),
}

/**
 * Checks and normalizes `vat_number` and `registration_number` of a (transformed) body or
 * of its object at `path`, with the same messages on every door; 400 naming the field.
 */
export function withCompanyNumbers<T extends CompanyNumbers>(body: T, ctx: z.RefinementCtx, path: string[] = []): T {
  const { issues, normalized } = checkCompanyNumbers(body)
  for (const { field, reason } of issues) {
    ctx.addIssue({ code: "custom", path: [...path, field], message: `Field '${[...path, field].join(".")}' ${reason}` })
  }
  return issues.length ? (z.NEVER as T) : { ...body, ...normalized }
}

/**
 * An amount per currency (lib/money): `{ "eur": 100, "usd": 110 }`, codes case-insensitive and
 * stored lower-case; `{}` means none (null). Anything else, a bare number included, is refused
 * naming the field: a rule's amount always says its currency (amounts are never compared
 * across currencies). `path` is where the field sits in the body.
 */
export function toCurrencyAmounts(value: unknown, ctx: z.RefinementCtx, field: string, path: string[] = [field]) {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", path, message: `Field '${field}' must give an amount per currency, e.g. { "eur": 100 }` })
    return z.NEVER
  }
  const entries = Object.entries(value as Record<string, unknown>)
  const codes = new Set<string>()
  let valid = entries.length <= MAX_RULE_CURRENCIES
  if (!valid) ctx.addIssue({ code: "custom", path, message: `Field '${field}' names more than ${MAX_RULE_CURRENCIES} currencies` })
  for (const [code, amount] of entries) {
    const lower = code.toLowerCase()
    // The code is the client's: only a well-formed one goes into the message.
    const name = CURRENCY_CODE_PATTERN.test(lower) ? `${field}.${code}` : field
    if (!CURRENCY_CODE_PATTERN.test(lower) || codes.has(lower)) {
      ctx.addIssue({ code: "custom", path: [...path, code], message: `Field '${name}' must be keyed by three-letter ISO 4217 currency codes, each named once` })
      valid = false
    } else if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0 || amount > 1_000_000_000) {
      ctx.addIssue({ code: "custom", path: [...path, code], message: `Field '${name}' must be an amount from 0 to 1000000000` })
      valid = false
    }
    codes.add(lower)
  }
  if (!valid) return z.NEVER
  return entries.length ? (Object.fromEntries(entries.map(([code, amount]) => [code.toLowerCase(), amount as number])) as CurrencyAmounts) : null
}

/**
 * What a client sends as amounts per currency, `{ "eur": 100 }`: typed and documented as such,
 * checked by toCurrencyAmounts (whose messages name the field and the currency).
 */
export const amountsInput = <T = CurrencyAmounts>() =>
  z.custom<T>(() => true).meta({
    type: "object",
    additionalProperties: { type: "number", minimum: 0, maximum: 1_000_000_000 },
    description: "Amounts per currency in each currency's main unit, e.g. { \"eur\": 100 }",
  })

/** A body field holding amounts per currency (see toCurrencyAmounts); null clears it. */
export const currencyAmounts = (field: string) =>
  amountsInput().transform((value, ctx): CurrencyAmounts | null => toCurrencyAmounts(value, ctx, field, []))

/** A postal address's fields, as Medusa addresses have them (locations, account requests). */
export const postalAddress = {
  address_1: requiredText(),
  address_2: optionalText(),
  city: requiredText(),
  province: optionalText(),
  postal_code: requiredText(20),
  country_code: countryCode,
  phone: optionalText(32),
}
