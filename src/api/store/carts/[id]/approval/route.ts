import { requestCartApproval } from "../../../../utils/approvals"

export const POST = requestCartApproval
