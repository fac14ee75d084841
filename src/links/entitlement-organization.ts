import { defineLink } from "@medusajs/framework/utils"
import EntitlementModule from "../modules/entitlement"
import OrganizationModule from "../modules/organization"

// Read-only: the entitlement stores organization_id; `entitlement.organization` through query.graph.
export default defineLink(
  { linkable: EntitlementModule.linkable.entitlement, field: "organization_id" },
  { linkable: OrganizationModule.linkable.organization, alias: "organization" },
  { readOnly: true }
)
