import { z } from "zod"
import { countryCode, optionalText, postalAddress, requiredText, withCompanyNumbers } from "../../utils/validators"

const address = z.object(postalAddress)

/**
 * A company asks for an account. VAT and registration numbers are checked against the
 * company's country, each failure naming its field.
 */
export const StoreCreateAccountRequest = z
  .object({
    company: z.object({
      name: requiredText(),
      vat_number: requiredText(32),
      registration_number: requiredText(32),
      country_code: countryCode,
      address: address.optional(),
    }),
    contact: z.object({
      first_name: requiredText(),
      last_name: requiredText(),
      email: z.string().trim().toLowerCase().email().max(255),
      phone: optionalText(32),
    }),
  })
  // Explicit: Medusa makes only plain top-level objects strict, and this one is transformed.
  .strict()
  .transform((body, ctx) => ({
    ...body,
    company: withCompanyNumbers(body.company, ctx, ["company"]),
  }))

export type StoreCreateAccountRequestType = z.infer<typeof StoreCreateAccountRequest>
