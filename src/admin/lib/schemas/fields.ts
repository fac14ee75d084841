import { z } from "zod"
import { parseCurrencyAmounts } from "../../../lib/money"

// Building blocks of the admin's form schemas (one file per resource beside this one). A form's
// values are what its inputs hold: strings, and string lists for checklists. The closed value
// sets come from the server's own constants (src/lib/constants.ts, src/lib/permissions.ts);
// rules only the server can check (company numbers, uniqueness) come back as field errors.
// Messages: the form translates zod's standard issues (see `issueMessage`); a rule of our own
// names its message by i18n key through `says`.

/** A custom rule's message, by i18n key (the form translates it). */
export const says = (key: string) => ({ params: { i18n: key } })

export const text = (max = 255) => z.string().trim().min(1).max(max)
export const optionalText = (max = 255) => z.string().trim().max(max)

const isEmail = (value: string) => z.email().safeParse(value).success

export const email = () => text(255).refine((value) => !value || isEmail(value), says("form.email"))
export const optionalEmail = () => optionalText(255).refine((value) => !value || isEmail(value), says("form.email"))

/** One of `values` (a select); nothing chosen is "required". */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values)

/** Ticked values of a checklist. */
export const picks = <const T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values))
export const ids = () => z.array(z.string())

/** An amount of 0 or more, or nothing. */
export const optionalAmount = () =>
  z.string().trim().refine((value) => !value || (Number.isFinite(Number(value)) && Number(value) >= 0), says("form.number"))

/** Amounts per currency as typed, `EUR 200; USD 220` (lib/money), or nothing. */
export const optionalCurrencyAmounts = () =>
  z.string().trim().refine((value) => parseCurrencyAmounts(value) !== undefined, says("form.currencyAmounts"))

/** A country of the country select (ISO-2, lower case). */
export const country = () => z.string().min(1).refine((value) => !value || /^[a-z]{2}$/i.test(value), says("form.countryCode"))
export const optionalCountry = () => z.string().refine((value) => !value || /^[a-z]{2}$/i.test(value), says("form.countryCode"))

type Translate = (key: string, options?: Record<string, unknown>) => string

type Issue = { code?: string; input?: unknown; origin?: string; minimum?: unknown; maximum?: unknown; params?: Record<string, unknown> }

/**
 * The form's message for an issue of its schema: zod's standard issues in the dashboard's
 * language, a custom rule's by its key (`says`).
 */
export const issueMessage =
  (t: Translate) =>
  (issue: Issue): string => {
    const empty = issue.input === undefined || issue.input === "" || (Array.isArray(issue.input) && !issue.input.length)
    if (typeof issue.params?.i18n === "string") return t(issue.params.i18n)
    switch (issue.code) {
      case "too_small":
        return Number(issue.minimum) <= 1 ? t("form.required") : t("form.invalid")
      case "too_big":
        return issue.origin === "string" ? t("form.tooLong", { max: issue.maximum }) : t("form.invalid")
      case "invalid_value":
      case "invalid_type":
        return empty ? t("form.required") : t("form.invalid")
      default:
        return t("form.invalid")
    }
  }
