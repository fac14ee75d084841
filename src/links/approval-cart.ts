import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import ApprovalModule from "../modules/approval"

// Read-only: the request stores `cart_id` itself, so query.graph reads
// `approval_request.cart` without a pivot table to keep in sync.
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "cart_id" },
  CartModule.linkable.cart,
  { readOnly: true }
)
