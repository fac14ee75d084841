import { defineLink } from "@medusajs/framework/utils"
import ApprovalModule from "../modules/approval"
import OrganizationModule from "../modules/organization"

// Read-only: `requested_by` is the requester's membership (`approval_request.organization_membership`,
// and through src/links/membership-customer.ts its customer).
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "requested_by" },
  OrganizationModule.linkable.organizationMembership,
  { readOnly: true }
)
