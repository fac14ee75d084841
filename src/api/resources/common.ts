// Building blocks of the response schemas. Storefront-safe (only `zod` and pure src/lib): the
// client's types and the OpenAPI document are made from these files.
import { z } from "zod"

/** A date as JSON carries it. */
export const timestamp = z.iso.datetime({ offset: true })
export const metadata = z.record(z.string(), z.unknown()).nullable()
/** Per currency, `{ eur: 100 }` in each currency's main unit (lib/money). */
export const currencyAmounts = z.record(z.string(), z.number())
/** A money amount in the currency's main unit. */
export const amount = z.number()

const whole = z.number().int()

/** One page of a list: the records under their resource's name, and where the page is. */
export function pageOf<K extends string, T extends z.ZodType>(key: K, item: T) {
  const records = { [key]: z.array(item) } as { [P in K]: z.ZodArray<T> }
  return z.strictObject({ ...records, count: whole, offset: whole, limit: whole })
}

/** The answer of a DELETE, as Medusa's own routes answer it. */
export const deletedOf = <O extends string>(object: O) =>
  z.strictObject({ id: z.string(), object: z.literal(object), deleted: z.literal(true) })

/** What happened to the e-mail an action sent; absent when it sent none. */
export const emailOutcome = z.strictObject({
  status: z.enum(["sent", "failed"]),
  to: z.string(),
  reason: z.string().optional(),
})

/** A fresh single-use link made on demand (the previous one no longer works). */
export const copyableLink = { url: z.string(), expires_at: timestamp }

/** Who a person is, as far as the reader may know. */
export const person = {
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
}

/** Every refused request: Medusa's `type` and `message`, the plugin's stable `code`, the fields. */
export const errorBody = z.strictObject({
  type: z.string(),
  code: z.string(),
  message: z.string(),
  errors: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional(),
})
