// Member requests, shared by the admin and store member routes. Storefront-safe (zod and pure code).
import { z } from "zod"
import { MEMBERSHIP_STATUSES } from "../../../lib/constants"
import { NOTIFICATION_CATEGORIES, PERMISSIONS, ROLES } from "../../../lib/permissions"
import { currencyAmounts, listParams, oneOrMany } from "../../utils/validators"

const permissionList = z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length)

/** Membership fields, shared by the admin and store member routes. */
export const membershipChanges = {
  role: z.enum(ROLES).optional(),
  grants: permissionList.optional(),
  revokes: permissionList.optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  // Per currency; a cart in a currency without an amount needs approval (`currency_not_covered`).
  spending_limit: currencyAmounts("spending_limit").nullish(),
  // Replaces the member's assigned locations (ids of the same organization).
  location_ids: z.array(z.string().trim().min(1).max(64)).max(500).optional(),
}

/** A permission cannot be granted and revoked at once. */
export function grantsDoNotOverlapRevokes(
  body: { grants?: string[]; revokes?: string[] },
  ctx: z.RefinementCtx
) {
  const overlap = (body.grants ?? []).filter((p) => (body.revokes ?? []).includes(p))
  if (overlap.length) {
    ctx.addIssue({
      code: "custom",
      path: ["revokes"],
      message: `Field 'revokes' overlaps 'grants' for: ${overlap.join(", ")}`,
    })
  }
}

export const UpdateMembership = z.object(membershipChanges).superRefine(grantsDoNotOverlapRevokes)

export const NotificationPreferences = z
  .object(
    Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, z.boolean().optional()])) as Record<
      (typeof NOTIFICATION_CATEGORIES)[number],
      z.ZodOptional<z.ZodBoolean>
    >
  )
  .strict()

export const GetMembershipsParams = listParams({ limit: 50 }).extend({
  role: oneOrMany(z.enum(ROLES)).optional(),
  status: oneOrMany(z.enum(MEMBERSHIP_STATUSES)).optional(),
})

export type UpdateMembershipType = z.infer<typeof UpdateMembership>
export type GetMembershipsParamsType = z.infer<typeof GetMembershipsParams>
