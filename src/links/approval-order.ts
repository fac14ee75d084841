import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ApprovalModule from "../modules/approval"

// Read-only: the request stores `order_id` itself, so query.graph reads
// `approval_request.order` without a pivot table to keep in sync.
export default defineLink(
  { linkable: ApprovalModule.linkable.approvalRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
