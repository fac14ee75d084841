import { z } from "zod"
import { REGISTRATION_MODES } from "../../../lib/constants"
import { deletedOf, metadata, pageOf, timestamp } from "../common"
import { organization } from "../organizations/schemas"

/** Which storefronts (sales channels) admit which organizations and customers, and how they register. */
export const accessGroup = z.strictObject({
  id: z.string(),
  name: z.string(),
  registration_mode: z.enum(REGISTRATION_MODES),
  metadata,
  created_at: timestamp,
  updated_at: timestamp,
  sales_channels: z.array(z.strictObject({ id: z.string(), name: z.string() })),
})

export const accessGroupResponse = z.strictObject({ access_group: accessGroup })
export const accessGroupListResponse = pageOf("access_groups", accessGroup)
export const accessGroupDeleteResponse = deletedOf("access_group")

export const accessGroupSalesChannelsResponse = pageOf(
  "sales_channels",
  z.strictObject({ id: z.string(), name: z.string(), description: z.string().nullable(), is_disabled: z.boolean() })
)
export const accessGroupOrganizationsResponse = pageOf(
  "organizations",
  organization.pick({ id: true, name: true, status: true, country_code: true, vat_number: true })
)
export const accessGroupCustomersResponse = pageOf(
  "customers",
  z.strictObject({
    id: z.string(),
    email: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    company_name: z.string().nullable(),
    has_account: z.boolean(),
  })
)
