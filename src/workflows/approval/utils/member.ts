import type { ActingMember } from "../../../lib/acting-member"
import type { Member } from "../../cart/utils/approval-reasons"

/** The acting member as the approval rules see them (workflows/cart/utils/approval-reasons `Member`). */
export const memberOf = (member: ActingMember): Member => ({
  id: member.membership.id,
  organization_id: member.organization_id,
  permissions: member.permissions,
})
