import { defineLink } from "@medusajs/framework/utils"
import OrganizationModule from "../modules/organization"
import PortalAccessModule from "../modules/portal-access"

// Read-only: the organization a portal access code opens (`portal_access_code.organization`).
export default defineLink(
  { linkable: PortalAccessModule.linkable.portalAccessCode, field: "organization_id" },
  { linkable: OrganizationModule.linkable.organization, alias: "organization" },
  { readOnly: true }
)
