import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ACCOUNT_REQUEST_STATUSES } from "../../../modules/organization/models/account-request"
import { requiredText } from "../../utils/validators"

export const AdminGetAccountRequestsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().max(255).optional(),
  status: z.union([z.enum(ACCOUNT_REQUEST_STATUSES), z.array(z.enum(ACCOUNT_REQUEST_STATUSES))]).optional(),
})

export const AdminRejectAccountRequest = z.object({ reason: requiredText(2000) })

export type AdminRejectAccountRequestType = z.infer<typeof AdminRejectAccountRequest>
