import { z } from "zod"
import { ROLES } from "../../../lib/permissions"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"
import { countryCode, organizationProfile, listParams, optionalText, searchQuery, withCompanyNumbers } from "../../utils/validators"
import { grantsDoNotOverlapRevokes, membershipChanges } from "../../resources/members/validators"
import { compactNumber } from "../../../lib/company-numbers"
import type { FieldIssue } from "../../../lib/field-path"
import { MAX_BATCH_MEMBERS } from "../../../lib/constants"

export const AdminGetOrganizationsParams = listParams({ limit: 20 }).extend({
  q: searchQuery.optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.union([z.enum(ORGANIZATION_STATUSES), z.array(z.enum(ORGANIZATION_STATUSES))]).optional(),
  country_code: z.union([countryCode, z.array(countryCode)]).optional(),
  // Exact, after the same normalization as on create (spaces, dots and case do not matter).
  vat_number: z.string().trim().max(32).transform(compactNumber).optional(),
  registration_number: z.string().trim().max(32).transform(compactNumber).optional(),
})

/**
 * The first admin: an existing customer by id, or by e-mail (exactly one of the two). With an
 * e-mail the customer is created when missing (names optional); `send_activation` e-mails a
 * customer without an account the activation link.
 */
const FirstAdmin = z
  .object({
    customer_id: z.string().min(1).max(64).optional(),
    email: z.string().trim().toLowerCase().email().max(255).optional(),
    first_name: optionalText(),
    last_name: optionalText(),
    send_activation: z.boolean().optional(),
  })
  .strict()
  .refine((ref) => Boolean(ref.customer_id) !== Boolean(ref.email), {
    message: "give exactly one of customer_id or email",
    path: ["customer_id"],
  })
  .refine((ref) => !ref.customer_id || (ref.first_name == null && ref.last_name == null), {
    message: "Field 'admin.first_name': names are for a new customer, given by email",
    path: ["first_name"],
  })

const organizationStatus = z.enum(ORGANIZATION_STATUSES).optional()

// Explicit strict: Medusa makes only plain top-level objects strict, and these are transformed.
export const AdminCreateOrganization = z
  .object({
    ...organizationProfile,
    status: organizationStatus,
    // The organization's first admin.
    admin: FirstAdmin.optional(),
    // Create it although another organization has its VAT or registration number (else 409 possible_duplicate).
    allow_duplicate: z.boolean().optional(),
  })
  .strict()
  .transform((body, ctx) => withCompanyNumbers(body, ctx))

export const AdminUpdateOrganization = z
  .object({
    ...organizationProfile,
    name: organizationProfile.name.optional(),
    status: organizationStatus,
    // Save a VAT or registration number another organization has already (else 409 possible_duplicate).
    allow_duplicate: z.boolean().optional(),
  })
  .strict()
  .transform((body, ctx) => withCompanyNumbers(body, ctx))

/** Organizations sharing a VAT or registration number, for the create drawer as one types. */
export const AdminGetDuplicatesParams = z.object({
  vat_number: z.string().trim().max(32).optional(),
  registration_number: z.string().trim().max(32).optional(),
  country_code: countryCode.optional(),
})

/** What a member added by the merchant gets: the single add-member route's and each batch row's. */
const newMember = {
  role: z.enum(ROLES),
  grants: membershipChanges.grants,
  revokes: membershipChanges.revokes,
  spending_limit: membershipChanges.spending_limit,
  // Omitted: the organization's only location, when it has exactly one.
  location_ids: membershipChanges.location_ids,
}

export const AdminAddMember = z
  .object({
    customer_id: z.string().min(1).max(64).optional(),
    email: z.string().trim().email().max(255).optional(),
    ...newMember,
  })
  .superRefine(grantsDoNotOverlapRevokes)
  .refine((body) => Boolean(body.customer_id) !== Boolean(body.email), {
    message: "Field 'customer_id': give exactly one of customer_id or email",
    path: ["customer_id"],
  })

/** A batch row: the single route's member, named by e-mail; the customer is created when missing. */
const AdminBatchMember = z
  .object({
    email: z.string().trim().toLowerCase().email().max(255),
    first_name: optionalText(),
    last_name: optionalText(),
    ...newMember,
  })
  .strict()
  .superRefine(grantsDoNotOverlapRevokes)

/**
 * An e-mail twice in one batch (case does not matter), each repeat named. A check of the raw
 * body beside the schema: zod skips an array's refinements once an element has failed.
 */
export function batchEmailRepeats(body: unknown): FieldIssue[] {
  const rows = (body as { members?: unknown } | null)?.members
  if (!Array.isArray(rows)) return []
  const first = new Map<string, number>()
  return rows.flatMap((row, i): FieldIssue[] => {
    const raw = (row as { email?: unknown } | null)?.email
    const email = typeof raw === "string" ? raw.trim().toLowerCase() : ""
    if (!email) return []
    const earlier = first.get(email)
    if (earlier === undefined) {
      first.set(email, i)
      return []
    }
    return [{ field: `members[${i}].email`, reason: `repeats the e-mail of members[${earlier}]` }]
  })
}

export const AdminBatchAddMembers = z
  .object({
    members: z
      .array(AdminBatchMember)
      .min(1, `Field 'members' must list at least one member`)
      .max(MAX_BATCH_MEMBERS, `Field 'members' lists more than ${MAX_BATCH_MEMBERS} members: send several batches`),
    // New members without an account get the activation e-mail (set-password link).
    invite: z.boolean().optional(),
  })
  .strict()

export type AdminGetOrganizationsParamsType = z.infer<typeof AdminGetOrganizationsParams>
export type AdminCreateOrganizationType = z.infer<typeof AdminCreateOrganization>
export type AdminUpdateOrganizationType = z.infer<typeof AdminUpdateOrganization>
export type AdminGetDuplicatesParamsType = z.infer<typeof AdminGetDuplicatesParams>
export type AdminAddMemberType = z.infer<typeof AdminAddMember>
export type AdminBatchAddMembersType = z.infer<typeof AdminBatchAddMembers>
