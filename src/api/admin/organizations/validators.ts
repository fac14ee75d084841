import { z } from "@medusajs/framework/zod"
import { ROLES } from "../../../lib/permissions"
import { ORGANIZATION_STATUSES } from "../../../modules/organization/models/organization"
import {
  countryCode,
  grantsDoNotOverlapRevokes,
  membershipChanges,
  organizationProfile,
  listParams,
} from "../../utils/validators"

export const AdminGetOrganizationsParams = listParams({ limit: 20 }).extend({
  q: z.string().max(255).optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.union([z.enum(ORGANIZATION_STATUSES), z.array(z.enum(ORGANIZATION_STATUSES))]).optional(),
  country_code: z.union([countryCode, z.array(countryCode)]).optional(),
})

/** An existing customer, by id or by e-mail (exactly one of the two). */
const CustomerReference = z
  .object({
    customer_id: z.string().min(1).max(64).optional(),
    email: z.string().trim().email().max(255).optional(),
  })
  .refine((ref) => Boolean(ref.customer_id) !== Boolean(ref.email), {
    message: "give exactly one of customer_id or email",
    path: ["customer_id"],
  })

const organizationStatus = z.enum(ORGANIZATION_STATUSES).optional()

export const AdminCreateOrganization = z.object({
  ...organizationProfile,
  status: organizationStatus,
  // The organization's first admin.
  admin: CustomerReference.optional(),
})

export const AdminUpdateOrganization = z.object({
  ...organizationProfile,
  name: organizationProfile.name.optional(),
  status: organizationStatus,
})

export const AdminAddMember = z
  .object({
    customer_id: z.string().min(1).max(64).optional(),
    email: z.string().trim().email().max(255).optional(),
    role: z.enum(ROLES),
    grants: membershipChanges.grants,
    revokes: membershipChanges.revokes,
    spending_limit: membershipChanges.spending_limit,
  })
  .superRefine(grantsDoNotOverlapRevokes)
  .refine((body) => Boolean(body.customer_id) !== Boolean(body.email), {
    message: "Field 'customer_id': give exactly one of customer_id or email",
    path: ["customer_id"],
  })

export type AdminGetOrganizationsParamsType = z.infer<typeof AdminGetOrganizationsParams>
export type AdminCreateOrganizationType = z.infer<typeof AdminCreateOrganization>
export type AdminUpdateOrganizationType = z.infer<typeof AdminUpdateOrganization>
export type AdminAddMemberType = z.infer<typeof AdminAddMember>
