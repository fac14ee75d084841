import { defineLink } from "@medusajs/framework/utils"
import OrganizationModule from "../modules/organization"
import PortalAccessModule from "../modules/portal-access"

// Read-only: the organization an installation belongs to (`portal_asset.organization`).
export default defineLink(
  { linkable: PortalAccessModule.linkable.portalAsset, field: "organization_id" },
  { linkable: OrganizationModule.linkable.organization, alias: "organization" },
  { readOnly: true }
)
