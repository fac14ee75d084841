import { defineLink } from "@medusajs/framework/utils"
import OrganizationModule from "../modules/organization"
import PortalAccessModule from "../modules/portal-access"

// Read-only: the location a location code is limited to (`portal_access_code.location`).
export default defineLink(
  { linkable: PortalAccessModule.linkable.portalAccessCode, field: "location_id" },
  { linkable: OrganizationModule.linkable.organizationLocation, alias: "location" },
  { readOnly: true }
)
