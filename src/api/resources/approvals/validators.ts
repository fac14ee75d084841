import { z } from "zod"
import { APPROVAL_STATUSES } from "../../../lib/constants"
import { listParams, oneOrMany, optionalText } from "../../utils/validators"

// Approval requests' inputs, for the admin's and the store's approval routes.

export const GetApprovalsParams = listParams({ limit: 20 }).extend({
  status: oneOrMany(z.enum(APPROVAL_STATUSES)).optional(),
  cart_id: z.string().min(1).max(64).optional(),
})

/** The merchant lists every organization's requests, or some organizations'. */
export const AdminGetApprovalsParams = GetApprovalsParams.extend({
  organization_id: oneOrMany(z.string().min(1).max(64)).optional(),
})

export const DecideApproval = z.object({ comment: optionalText(2000) })

export type GetApprovalsParamsType = z.infer<typeof GetApprovalsParams>
export type AdminGetApprovalsParamsType = z.infer<typeof AdminGetApprovalsParams>
export type DecideApprovalType = z.infer<typeof DecideApproval>
