import { z } from "zod"
import { deletedOf, metadata, pageOf, timestamp } from "../common"

/** A delivery location of an organization (its address book). */
export const location = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  label: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company: z.string().nullable(),
  address_1: z.string(),
  address_2: z.string().nullable(),
  city: z.string(),
  province: z.string().nullable(),
  postal_code: z.string(),
  country_code: z.string(),
  phone: z.string().nullable(),
  metadata,
  created_at: timestamp,
  updated_at: timestamp,
})

export const locationResponse = z.strictObject({ location })
export const locationListResponse = pageOf("locations", location)
export const locationDeleteResponse = deletedOf("location")
