import { listOrganizationApprovals } from "../../../../utils/approvals"

export const GET = listOrganizationApprovals
