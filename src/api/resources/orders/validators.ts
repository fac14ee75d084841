import { z } from "zod"
import { listParams, oneOrMany } from "../../utils/validators"

// An organization's orders, for the admin's and the store's order routes.
export const GetOrganizationOrdersParams = listParams({ limit: 20 }).extend({
  location_id: oneOrMany(z.string().min(1).max(64)).optional(),
  status: oneOrMany(z.string().min(1).max(32)).optional(),
})

export type GetOrganizationOrdersParamsType = z.infer<typeof GetOrganizationOrdersParams>
