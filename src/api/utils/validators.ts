import { z } from "@medusajs/framework/zod"

// Building blocks for the route validators; messages name the field through zod's path.
export const requiredText = (max = 255) => z.string().trim().min(1).max(max)
export const optionalText = (max = 255) => z.string().trim().max(max).nullish()

/** ISO 3166-1 alpha-2, stored lower-case as Medusa does for addresses. */
export const countryCode = z
  .string()
  .regex(/^[a-zA-Z]{2}$/, "must be a two-letter ISO 3166-1 country code")
  .transform((value) => value.toLowerCase())

export const metadata = z.record(z.string(), z.unknown())
