// Invitation requests, shared by the admin and store invitation routes.
import { z } from "zod"
import { INVITATION_STATUSES } from "../../../lib/constants"
import { ROLES } from "../../../lib/permissions"
import { listParams } from "../../utils/validators"
import { grantsDoNotOverlapRevokes, membershipChanges } from "../members/validators"

/** An invitation, from the merchant or an organization admin. */
export const CreateInvitation = z
  .object({
    email: z.string().trim().toLowerCase().email().max(255),
    role: z.enum(ROLES),
    grants: membershipChanges.grants,
    revokes: membershipChanges.revokes,
    // Delivery locations the newcomer gets on accepting (ids of the same organization);
    // omitted: the organization's only location, when it has exactly one.
    location_ids: membershipChanges.location_ids,
  })
  .superRefine(grantsDoNotOverlapRevokes)

export const GetInvitationsParams = listParams({ limit: 50 }).extend({
  status: z.enum(INVITATION_STATUSES).optional(),
  email: z.string().trim().toLowerCase().max(255).optional(),
})

export type CreateInvitationType = z.infer<typeof CreateInvitation>
export type GetInvitationsParamsType = z.infer<typeof GetInvitationsParams>

