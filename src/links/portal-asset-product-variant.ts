import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import PortalAccessModule from "../modules/portal-access"

// Read-only: the product variant an installation is (`portal_asset.product_variant`).
export default defineLink(
  { linkable: PortalAccessModule.linkable.portalAsset, field: "product_variant_id" },
  { linkable: ProductModule.linkable.productVariant, alias: "product_variant" },
  { readOnly: true }
)
