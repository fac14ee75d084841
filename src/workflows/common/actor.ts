/**
 * Who runs a workflow, as the caller knows it. Workflows take an actor, never a verdict: they
 * resolve the membership and check its rights themselves.
 */

/** The merchant: an admin user (none when a store's own code runs the workflow). */
export type MerchantActor = { type: "merchant"; user_id?: string | null }
/** A logged-in customer acting as a member of the workflow's organization. */
export type MemberActor = { type: "member"; customer_id: string; membership_id?: never }
/** A member named by membership id (routes pass the one the guard resolved). */
export type MembershipActor = { type: "member"; membership_id: string; customer_id?: never }

/** The actor of the approval workflows. */
export type WorkflowActor = MerchantActor | MemberActor
/** The actor of the organization workflows (members, invitations, locations). */
export type OrganizationActor = WorkflowActor | MembershipActor
