import { z } from "zod"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"
import { choice, optionalCountry, optionalEmail, optionalText, text } from "./fields"

// The lengths are the server's (src/api/utils/validators.ts `organizationProfile`); VAT and
// registration numbers are checked by the server against the country and come back per field.
const profile = {
  name: text(255),
  legal_name: optionalText(255),
  vat_number: optionalText(32),
  registration_number: optionalText(32),
  country_code: optionalCountry(),
}

/** Onboarding: the profile and, optionally, the first admin (found or made by e-mail). */
export const createOrganizationSchema = z.object({
  ...profile,
  admin_email: optionalEmail(),
  admin_first_name: optionalText(255),
  admin_last_name: optionalText(255),
  send_activation: z.string(),
})

export const updateOrganizationSchema = z.object({ ...profile, status: choice(ORGANIZATION_STATUSES) })
