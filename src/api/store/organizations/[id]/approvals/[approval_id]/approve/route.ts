import { decideOrganizationApproval } from "../../../../../../utils/approvals"

export const POST = decideOrganizationApproval("approved")
