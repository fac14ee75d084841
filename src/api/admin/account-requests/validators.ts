import { z } from "zod"
import { ACCOUNT_REQUEST_STATUSES } from "../../../lib/constants"
import { requiredText, listParams, searchQuery } from "../../utils/validators"

export const AdminGetAccountRequestsParams = listParams({ limit: 20 }).extend({
  q: searchQuery.optional(),
  status: z.union([z.enum(ACCOUNT_REQUEST_STATUSES), z.array(z.enum(ACCOUNT_REQUEST_STATUSES))]).optional(),
})

export const AdminRejectAccountRequest = z.object({ reason: requiredText(2000) })

export const AdminApproveAccountRequest = z.object({
  /** The groups the new organization and customer join; default: those of the request's sales channel. */
  access_group_ids: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  /** Approve although an organization has the same VAT or registration number. */
  allow_duplicate: z.boolean().optional(),
})

export type AdminApproveAccountRequestType = z.infer<typeof AdminApproveAccountRequest>
export type AdminRejectAccountRequestType = z.infer<typeof AdminRejectAccountRequest>

/** A new activation link takes no input (an empty object, or no body). */
export const AdminActivationLink = z.object({}).strict()
