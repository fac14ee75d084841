import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

// The fields of an approval request that admin and store routes answer and `?fields` may name.
export const approvalFields = [
  "id",
  "cart_id",
  "organization_id",
  "requested_by",
  "requester_customer_id",
  "status",
  "currency_code",
  "total",
  "reasons",
  // The cart as requested (lines, totals, address): what every view shows, not the live cart.
  "snapshot",
  "decided_by",
  "decided_by_type",
  "decided_at",
  "comment",
  "order_id",
  "created_at",
  "updated_at",
]

export const approvalQueryConfigs = queryConfigs(approvalFields, 20)
export const retrieveApprovalQuery = retrieveQuery(approvalQueryConfigs)
