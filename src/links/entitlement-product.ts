import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import EntitlementModule from "../modules/entitlement"

// Read-only: the publication behind an entitlement (`entitlement.product`), e.g. for the library.
export default defineLink(
  { linkable: EntitlementModule.linkable.entitlement, field: "product_id" },
  { linkable: ProductModule.linkable.product, alias: "product" },
  { readOnly: true }
)
