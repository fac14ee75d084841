import { decideAsMember } from "../../../../../../admin/approvals/helpers"

/**
 * `POST /store/organizations/:id/approvals/:approval_id/approve`: once, by a member with
 * orders.approve (the rules: decide-approval workflow, validate-approver step).
 */
export const POST = decideAsMember("approved")
