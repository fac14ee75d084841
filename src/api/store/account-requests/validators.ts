import { z } from "@medusajs/framework/zod"
import { checkRegistrationNumber, checkVatNumber } from "../../../lib/company-numbers"
import { countryCode, optionalText, postalAddress, requiredText } from "../../utils/validators"

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
  .transform((body, ctx) => {
    const vat = checkVatNumber(body.company.vat_number, body.company.country_code)
    const registration = checkRegistrationNumber(body.company.registration_number, body.company.country_code)
    for (const [field, check] of [
      ["vat_number", vat],
      ["registration_number", registration],
    ] as const) {
      if (!check.valid) {
        ctx.addIssue({
          code: "custom",
          path: ["company", field],
          message: `Field 'company.${field}' ${check.reason}`,
        })
      }
    }
    if (!vat.valid || !registration.valid) return z.NEVER
    return {
      ...body,
      company: { ...body.company, vat_number: vat.normalized, registration_number: registration.normalized },
    }
  })

export type StoreCreateAccountRequestType = z.infer<typeof StoreCreateAccountRequest>
