import { listAllApprovals } from "../../utils/approvals"

export const GET = listAllApprovals
