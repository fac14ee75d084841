import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

// token_hash never leaves the server; `status` is computed from the timestamps.
export const invitationFields = [
  "id",
  "organization_id",
  "email",
  "role",
  "grants",
  "revokes",
  "location_ids",
  "expires_at",
  "accepted_at",
  "revoked_at",
  "invited_by",
  "membership_id",
  "created_at",
  "updated_at",
]

export const invitationQueryConfigs = queryConfigs(invitationFields, 50)
export const retrieveInvitationQuery = retrieveQuery(invitationQueryConfigs)
