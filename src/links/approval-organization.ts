import { defineLink } from "@medusajs/framework/utils"
import ApprovalModule from "../modules/approval"
import OrganizationModule from "../modules/organization"

// Read-only: the request stores `organization_id` itself (`approval_request.organization`).
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "organization_id" },
  OrganizationModule.linkable.organization,
  { readOnly: true }
)
