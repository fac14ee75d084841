import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import EntitlementModule from "../modules/entitlement"

// Read-only: the variant an entitlement was granted or bought for (`entitlement.product_variant`).
export default defineLink(
  { linkable: EntitlementModule.linkable.entitlement, field: "product_variant_id" },
  { linkable: ProductModule.linkable.productVariant, alias: "product_variant" },
  { readOnly: true }
)
