/**
 * Who runs a workflow, as the caller knows it: a logged-in customer acting as a member (the
 * workflow resolves their membership itself) or the merchant (an admin user).
 */
export type WorkflowActor = { type: "member"; customer_id: string } | { type: "merchant"; user_id: string }
