import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

/**
 * An organization's order records: the columns its list filters, sorts and pages on. The
 * entries themselves have a fixed, order-shaped form (src/api/admin/organizations/[id]/orders/helpers.ts), so `?fields`
 * shapes nothing there and may name only these columns.
 */
export const organizationOrderFields = [
  "id",
  "order_id",
  "status",
  "total",
  "currency_code",
  "created_at",
  "location_id",
  "membership_id",
]

export const organizationOrderQueryConfigs = queryConfigs(organizationOrderFields, 20)
/** `GET …/orders/:order_id`: the whole order in a fixed form; `?fields` may name only `id`. */
export const retrieveOrganizationOrderQuery = retrieveQuery(queryConfigs(["id"], 1))
