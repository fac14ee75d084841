import { getOrganizationApproval } from "../../../../../utils/approvals"

export const GET = getOrganizationApproval
