import { defineLink } from "@medusajs/framework/utils"
import EntitlementModule from "../modules/entitlement"
import OrganizationModule from "../modules/organization"

// Read-only: a seat's holder, when a member (`seat.membership`; outside participants have none).
export default defineLink(
  { linkable: EntitlementModule.linkable.entitlementSeat, field: "membership_id" },
  { linkable: OrganizationModule.linkable.organizationMembership, alias: "membership" },
  { readOnly: true }
)
