import { defineLink } from "@medusajs/framework/utils"
import OrganizationModule from "../modules/organization"
import PortalAccessModule from "../modules/portal-access"

// Read-only: the location an installation stands at (`portal_asset.location`).
export default defineLink(
  { linkable: PortalAccessModule.linkable.portalAsset, field: "location_id" },
  { linkable: OrganizationModule.linkable.organizationLocation, alias: "location" },
  { readOnly: true }
)
