import { decideApprovalAsMerchant } from "../../../../utils/approvals"

export const POST = decideApprovalAsMerchant("approved")
