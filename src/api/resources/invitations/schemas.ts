import { z } from "zod"
import { INVITATION_STATUSES } from "../../../lib/constants"
import { copyableLink, emailOutcome, pageOf, timestamp } from "../common"
import { permission, role } from "../members/schemas"

/** An invitation to join an organization; `status` is worked out from its dates. */
export const invitation = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  email: z.string(),
  role,
  grants: z.array(permission),
  revokes: z.array(permission),
  location_ids: z.array(z.string()),
  status: z.enum(INVITATION_STATUSES),
  expires_at: timestamp,
  accepted_at: timestamp.nullable(),
  revoked_at: timestamp.nullable(),
  invited_by: z.string().nullable(),
  membership_id: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
})

export const invitationResponse = z.strictObject({ invitation })
export const invitationListResponse = pageOf("invitations", invitation)
/** An invitation sent (or sent again): `email` says whether the link was delivered. */
export const invitationSentResponse = z.strictObject({ invitation, email: emailOutcome })
export const invitationLinkResponse = z.strictObject({ invitation, ...copyableLink })
