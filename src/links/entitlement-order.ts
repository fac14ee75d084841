import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import EntitlementModule from "../modules/entitlement"

// Read-only: the order that bought an entitlement, if bought (`entitlement.source_order`).
export default defineLink(
  { linkable: EntitlementModule.linkable.entitlement, field: "source_order_id" },
  { linkable: OrderModule.linkable.order, alias: "source_order" },
  { readOnly: true }
)
