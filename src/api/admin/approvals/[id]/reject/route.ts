import { decideAsMerchant } from "../../helpers"

/**
 * `POST /admin/approvals/:id/reject`: the merchant decides any organization's request, through
 * the same workflow and row lock as the store's decisions (one decision in all).
 */
export const POST = decideAsMerchant("rejected")
