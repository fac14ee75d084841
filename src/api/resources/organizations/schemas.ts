import { z } from "zod"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"
import { emailOutcome, metadata, pageOf, timestamp, deletedOf } from "../common"
import { location } from "../locations/schemas"

/** A customer organization (a company) as admin and store routes answer it. */
export const organization = z.strictObject({
  id: z.string(),
  name: z.string(),
  legal_name: z.string().nullable(),
  vat_number: z.string().nullable(),
  registration_number: z.string().nullable(),
  country_code: z.string().nullable(),
  status: z.enum(ORGANIZATION_STATUSES),
  metadata,
  created_at: timestamp,
  updated_at: timestamp,
})

export const organizationResponse = z.strictObject({ organization })
export const organizationListResponse = pageOf("organizations", organization)
export const organizationDeleteResponse = deletedOf("organization")

/** `POST /admin/organizations`: `email` only when an activation link was e-mailed. */
export const organizationCreateResponse = z.strictObject({ organization, email: emailOutcome.optional() })

/** An organization with its delivery locations (an approved account request's). */
export const organizationWithLocations = organization.extend({ locations: z.array(location) })

/** An organization sharing a VAT or registration number with what is typed or approved. */
export const duplicateOrganization = z.strictObject({
  id: z.string(),
  name: z.string(),
  vat_number: z.string().nullable(),
  registration_number: z.string().nullable(),
  status: z.enum(ORGANIZATION_STATUSES),
})
export const duplicateOrganizationsResponse = z.strictObject({ organizations: z.array(duplicateOrganization) })
