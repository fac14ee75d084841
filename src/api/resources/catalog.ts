// Every route of the plugin, once: method, path, who may call it, and the schemas of what it
// takes and answers. The OpenAPI document (scripts/openapi.mjs), the client's types and the
// HTTP tests' answer checks are all made from this table. Storefront-safe: zod and pure code.
import { z } from "zod"
import * as accessGroupsIn from "../admin/access-groups/validators"
import * as accountRequestsIn from "../admin/account-requests/validators"
import * as approvalsIn from "./approvals/validators"
import * as organizationsIn from "../admin/organizations/validators"
import { CreateAccessCode, ChangeAccessCode } from "../admin/organizations/[id]/access-codes/validators"
import { SetApprovalPolicy } from "../admin/organizations/[id]/approval-policy/validators"
import { CreateAsset } from "../admin/organizations/[id]/assets/validators"
import { CreateEntitlement, UpdateEntitlement } from "../admin/organizations/[id]/entitlements/validators"
import { GetOrganizationOrdersParams } from "./orders/validators"
import { AdminUpdateSalesChannelSettings } from "../admin/sales-channels/[id]/b2b-settings/validators"
import { StoreCreateAccountRequest } from "../store/account-requests/validators"
import { StoreActivateAccount } from "../store/activations/validators"
import { StoreAcceptInvitation } from "../store/invitations/validators"
import { AssignSeat } from "../store/organizations/[id]/entitlements/validators"
import { GetLibraryParams } from "../store/organizations/[id]/library/validators"
import * as myOrganizationsIn from "../store/organizations/validators"
import { OpenPortalSession } from "../store/portal/validators"
import { GetEntitlementsParams } from "./entitlements/validators"
import { CreateInvitation, GetInvitationsParams } from "./invitations/validators"
import { CreateLocation, GetLocationsParams, UpdateLocation } from "./locations/validators"
import { GetMembershipsParams, UpdateMembership } from "./members/validators"
import { GetPortalListParams } from "./portal/validators"
import { ROUTES, type RouteName } from "./routes"
import * as accessGroups from "./access-groups/schemas"
import * as accountRequests from "./account-requests/schemas"
import { activationResponse } from "./activations/schemas"
import * as approvals from "./approvals/schemas"
import * as entitlements from "./entitlements/schemas"
import * as invitations from "./invitations/schemas"
import * as locations from "./locations/schemas"
import * as members from "./members/schemas"
import * as orders from "./orders/schemas"
import * as organizations from "./organizations/schemas"
import * as portal from "./portal/schemas"
import { salesChannelSettingsResponse } from "./sales-channels/schemas"
import { b2bStatusResponse } from "./status/schemas"

/**
 * Who may call a route. `admin`: a Medusa admin user (bearer, session or secret API key).
 * `customer`: a logged-in customer (bearer or session) with the publishable key. `customer?`:
 * the publishable key, a login optional. `public`: the publishable key only. `portal`: a
 * portal session's bearer token with the publishable key.
 */
export type Access = "admin" | "customer" | "customer?" | "public" | "portal"

export type Operation = {
  method: "GET" | "POST" | "DELETE"
  /** OpenAPI style: `/store/organizations/{id}/members`. */
  path: string
  access: Access
  summary: string
  query?: z.ZodType
  body?: z.ZodType
  response: z.ZodType
  /** The member permission the route checks (store organization routes). */
  permission?: string
}

/** `?fields=` of a route that answers one record. */
const select = z.object({ fields: z.string().max(2000).optional() })
/** `{ comment }` of an approval decision. */
const decision = approvalsIn.DecideApproval

const op = <const N extends RouteName, const O extends Omit<Operation, "method" | "path">>(name: N, operation: O) => ({
  ...ROUTES[name],
  ...operation,
})

export const CATALOG = {
  // ---- Admin: organizations
  "admin.organizations.list": op("admin.organizations.list", { access: "admin", summary: "List organizations", query: organizationsIn.AdminGetOrganizationsParams, response: organizations.organizationListResponse }),
  "admin.organizations.create": op("admin.organizations.create", { access: "admin", summary: "Create an organization (optionally with its first admin and location)", query: select, body: organizationsIn.AdminCreateOrganization, response: organizations.organizationCreateResponse }),
  "admin.organizations.duplicates": op("admin.organizations.duplicates", { access: "admin", summary: "Organizations sharing a VAT or registration number", query: organizationsIn.AdminGetDuplicatesParams, response: organizations.duplicateOrganizationsResponse }),
  "admin.organizations.retrieve": op("admin.organizations.retrieve", { access: "admin", summary: "Get an organization", query: select, response: organizations.organizationResponse }),
  "admin.organizations.update": op("admin.organizations.update", { access: "admin", summary: "Update an organization", query: select, body: organizationsIn.AdminUpdateOrganization, response: organizations.organizationResponse }),
  "admin.organizations.delete": op("admin.organizations.delete", { access: "admin", summary: "Delete an organization", response: organizations.organizationDeleteResponse }),
  // ---- Admin: members
  "admin.organizations.members.list": op("admin.organizations.members.list", { access: "admin", summary: "List an organization's members", query: GetMembershipsParams, response: members.membershipListResponse }),
  "admin.organizations.members.add": op("admin.organizations.members.add", { access: "admin", summary: "Add a customer as a member", query: select, body: organizationsIn.AdminAddMember, response: members.membershipResponse }),
  "admin.organizations.members.batch": op("admin.organizations.members.batch", { access: "admin", summary: "Add up to 1,000 members at once", query: select, body: organizationsIn.AdminBatchAddMembers, response: members.membershipBatchResponse }),
  "admin.organizations.members.update": op("admin.organizations.members.update", { access: "admin", summary: "Change a member's role, permissions, locations, limit or status", query: select, body: UpdateMembership, response: members.membershipResponse }),
  "admin.organizations.members.remove": op("admin.organizations.members.remove", { access: "admin", summary: "Remove a member", response: members.membershipDeleteResponse }),
  "admin.organizations.members.sendActivation": op("admin.organizations.members.sendActivation", { access: "admin", summary: "E-mail a pending member a new activation link", response: members.activationSentResponse }),
  "admin.organizations.members.activationLink": op("admin.organizations.members.activationLink", { access: "admin", summary: "Make a pending member's activation link to hand over", response: members.activationLinkResponse }),
  "admin.organizations.members.spending": op("admin.organizations.members.spending", { access: "admin", summary: "A member's spending this period against their limit, per currency", response: members.spendingResponse }),
  "admin.customers.memberships": op("admin.customers.memberships", { access: "admin", summary: "A customer's memberships", query: GetMembershipsParams, response: members.customerMembershipListResponse }),
  // ---- Admin: invitations
  "admin.organizations.invitations.list": op("admin.organizations.invitations.list", { access: "admin", summary: "List invitations", query: GetInvitationsParams, response: invitations.invitationListResponse }),
  "admin.organizations.invitations.create": op("admin.organizations.invitations.create", { access: "admin", summary: "Invite someone to the organization", query: select, body: CreateInvitation, response: invitations.invitationSentResponse }),
  "admin.organizations.invitations.revoke": op("admin.organizations.invitations.revoke", { access: "admin", summary: "Revoke an invitation", response: invitations.invitationResponse }),
  "admin.organizations.invitations.resend": op("admin.organizations.invitations.resend", { access: "admin", summary: "Send an invitation again (a new link)", response: invitations.invitationSentResponse }),
  "admin.organizations.invitations.link": op("admin.organizations.invitations.link", { access: "admin", summary: "Make an invitation link to hand over", response: invitations.invitationLinkResponse }),
  // ---- Admin: locations
  "admin.organizations.locations.list": op("admin.organizations.locations.list", { access: "admin", summary: "List delivery locations", query: GetLocationsParams, response: locations.locationListResponse }),
  "admin.organizations.locations.create": op("admin.organizations.locations.create", { access: "admin", summary: "Add a delivery location", query: select, body: CreateLocation, response: locations.locationResponse }),
  "admin.organizations.locations.retrieve": op("admin.organizations.locations.retrieve", { access: "admin", summary: "Get a delivery location", query: select, response: locations.locationResponse }),
  "admin.organizations.locations.update": op("admin.organizations.locations.update", { access: "admin", summary: "Update a delivery location", query: select, body: UpdateLocation, response: locations.locationResponse }),
  "admin.organizations.locations.delete": op("admin.organizations.locations.delete", { access: "admin", summary: "Delete a delivery location", response: locations.locationDeleteResponse }),
  // ---- Admin: orders, approvals, policy
  "admin.organizations.orders.list": op("admin.organizations.orders.list", { access: "admin", summary: "List an organization's orders", query: GetOrganizationOrdersParams, response: orders.organizationOrderListResponse }),
  "admin.organizations.orders.retrieve": op("admin.organizations.orders.retrieve", { access: "admin", summary: "Get one of an organization's orders", query: select, response: orders.organizationOrderResponse }),
  "admin.organizations.approvalPolicy.retrieve": op("admin.organizations.approvalPolicy.retrieve", { access: "admin", summary: "Get the approval policy", response: approvals.approvalPolicyResponse }),
  "admin.organizations.approvalPolicy.set": op("admin.organizations.approvalPolicy.set", { access: "admin", summary: "Set or clear the approval policy", body: SetApprovalPolicy, response: approvals.approvalPolicyResponse }),
  "admin.approvals.list": op("admin.approvals.list", { access: "admin", summary: "List approval requests", query: approvalsIn.AdminGetApprovalsParams, response: approvals.approvalListResponse }),
  "admin.approvals.retrieve": op("admin.approvals.retrieve", { access: "admin", summary: "Get an approval request", query: select, response: approvals.approvalResponse }),
  "admin.approvals.approve": op("admin.approvals.approve", { access: "admin", summary: "Approve on the organization's behalf", query: select, body: decision, response: approvals.approvalResponse }),
  "admin.approvals.reject": op("admin.approvals.reject", { access: "admin", summary: "Reject on the organization's behalf", query: select, body: decision, response: approvals.approvalResponse }),
  // ---- Admin: entitlements and portal access
  "admin.organizations.entitlements.list": op("admin.organizations.entitlements.list", { access: "admin", summary: "List subscriptions and trainings", query: GetEntitlementsParams, response: entitlements.entitlementListResponse }),
  "admin.organizations.entitlements.create": op("admin.organizations.entitlements.create", { access: "admin", summary: "Grant a subscription or training", query: select, body: CreateEntitlement, response: entitlements.entitlementResponse }),
  "admin.organizations.entitlements.update": op("admin.organizations.entitlements.update", { access: "admin", summary: "Change seats or dates", query: select, body: UpdateEntitlement, response: entitlements.entitlementResponse }),
  "admin.organizations.entitlements.delete": op("admin.organizations.entitlements.delete", { access: "admin", summary: "Delete a subscription or training", response: entitlements.entitlementDeleteResponse }),
  "admin.organizations.accessCodes.list": op("admin.organizations.accessCodes.list", { access: "admin", summary: "List portal access codes", query: GetPortalListParams, response: portal.accessCodeListResponse }),
  "admin.organizations.accessCodes.create": op("admin.organizations.accessCodes.create", { access: "admin", summary: "Make a portal access code (answered once)", query: select, body: CreateAccessCode, response: portal.accessCodeResponse }),
  "admin.organizations.accessCodes.update": op("admin.organizations.accessCodes.update", { access: "admin", summary: "Enable, disable or regenerate a code", query: select, body: ChangeAccessCode, response: portal.accessCodeResponse }),
  "admin.organizations.assets.list": op("admin.organizations.assets.list", { access: "admin", summary: "List installations", query: GetPortalListParams, response: portal.assetListResponse }),
  "admin.organizations.assets.create": op("admin.organizations.assets.create", { access: "admin", summary: "Register an installation (its token answered once)", query: select, body: CreateAsset, response: portal.assetTokenResponse }),
  "admin.organizations.assets.renewToken": op("admin.organizations.assets.renewToken", { access: "admin", summary: "Renew an installation's token", response: portal.assetTokenResponse }),
  // ---- Admin: account requests
  "admin.accountRequests.list": op("admin.accountRequests.list", { access: "admin", summary: "List account requests", query: accountRequestsIn.AdminGetAccountRequestsParams, response: accountRequests.accountRequestListResponse }),
  "admin.accountRequests.retrieve": op("admin.accountRequests.retrieve", { access: "admin", summary: "Get an account request with possible duplicates", query: select, response: accountRequests.accountRequestDetailResponse }),
  "admin.accountRequests.approve": op("admin.accountRequests.approve", { access: "admin", summary: "Approve: the organization, its first admin and location are made", query: select, body: accountRequestsIn.AdminApproveAccountRequest, response: accountRequests.accountRequestApproveResponse }),
  "admin.accountRequests.reject": op("admin.accountRequests.reject", { access: "admin", summary: "Reject with a reason", query: select, body: accountRequestsIn.AdminRejectAccountRequest, response: accountRequests.accountRequestResponse }),
  "admin.accountRequests.activationLink": op("admin.accountRequests.activationLink", { access: "admin", summary: "Make a new activation link", query: select, body: accountRequestsIn.AdminActivationLink, response: accountRequests.accountRequestActivationLinkResponse }),
  // ---- Admin: access groups, sales channels, status
  "admin.accessGroups.list": op("admin.accessGroups.list", { access: "admin", summary: "List access groups", query: accessGroupsIn.AdminGetAccessGroupsParams, response: accessGroups.accessGroupListResponse }),
  "admin.accessGroups.create": op("admin.accessGroups.create", { access: "admin", summary: "Create an access group", query: select, body: accessGroupsIn.AdminCreateAccessGroup, response: accessGroups.accessGroupResponse }),
  "admin.accessGroups.retrieve": op("admin.accessGroups.retrieve", { access: "admin", summary: "Get an access group", query: select, response: accessGroups.accessGroupResponse }),
  "admin.accessGroups.update": op("admin.accessGroups.update", { access: "admin", summary: "Update an access group", query: select, body: accessGroupsIn.AdminUpdateAccessGroup, response: accessGroups.accessGroupResponse }),
  "admin.accessGroups.delete": op("admin.accessGroups.delete", { access: "admin", summary: "Delete an access group", response: accessGroups.accessGroupDeleteResponse }),
  "admin.accessGroups.salesChannels.list": op("admin.accessGroups.salesChannels.list", { access: "admin", summary: "A group's sales channels", query: accessGroupsIn.AdminGetAccessGroupMembersParams, response: accessGroups.accessGroupSalesChannelsResponse }),
  "admin.accessGroups.salesChannels.change": op("admin.accessGroups.salesChannels.change", { access: "admin", summary: "Add or remove sales channels", query: select, body: accessGroupsIn.AdminChangeAccessGroupMembers, response: accessGroups.accessGroupResponse }),
  "admin.accessGroups.organizations.list": op("admin.accessGroups.organizations.list", { access: "admin", summary: "A group's organizations", query: accessGroupsIn.AdminGetAccessGroupMembersParams, response: accessGroups.accessGroupOrganizationsResponse }),
  "admin.accessGroups.organizations.change": op("admin.accessGroups.organizations.change", { access: "admin", summary: "Add or remove organizations", query: select, body: accessGroupsIn.AdminChangeAccessGroupMembers, response: accessGroups.accessGroupResponse }),
  "admin.accessGroups.customers.list": op("admin.accessGroups.customers.list", { access: "admin", summary: "A group's customers", query: accessGroupsIn.AdminGetAccessGroupMembersParams, response: accessGroups.accessGroupCustomersResponse }),
  "admin.accessGroups.customers.change": op("admin.accessGroups.customers.change", { access: "admin", summary: "Add or remove customers", query: select, body: accessGroupsIn.AdminChangeAccessGroupMembers, response: accessGroups.accessGroupResponse }),
  "admin.salesChannels.b2bSettings.retrieve": op("admin.salesChannels.b2bSettings.retrieve", { access: "admin", summary: "How the plugin treats a sales channel", response: salesChannelSettingsResponse }),
  "admin.salesChannels.b2bSettings.update": op("admin.salesChannels.b2bSettings.update", { access: "admin", summary: "Mark a sales channel for organization carts", body: AdminUpdateSalesChannelSettings, response: salesChannelSettingsResponse }),
  "admin.status": op("admin.status", { access: "admin", summary: "Whether e-mail delivery is configured", response: b2bStatusResponse }),

  // ---- Store: public
  "store.accountRequests.create": op("store.accountRequests.create", { access: "public", summary: "Request a business account", body: StoreCreateAccountRequest, response: accountRequests.accountRequestReceivedResponse }),
  "store.activations.activate": op("store.activations.activate", { access: "customer?", summary: "Activate an account with the e-mailed token", body: StoreActivateAccount, response: activationResponse }),
  "store.invitations.accept": op("store.invitations.accept", { access: "customer", summary: "Accept an invitation as the logged-in customer", body: StoreAcceptInvitation, response: members.membershipResponse }),
  // ---- Store: my organizations
  "store.organizations.list": op("store.organizations.list", { access: "customer", summary: "My organizations, each with my membership", query: myOrganizationsIn.StoreGetMyOrganizationsParams, response: members.myOrganizationListResponse }),
  "store.organizations.retrieve": op("store.organizations.retrieve", { access: "customer", summary: "One of my organizations", query: select, response: organizations.organizationResponse }),
  "store.organizations.update": op("store.organizations.update", { access: "customer", permission: "organization.manage", summary: "Edit the organization's profile", query: select, body: myOrganizationsIn.StoreUpdateOrganization, response: organizations.organizationResponse }),
  "store.organizations.me.retrieve": op("store.organizations.me.retrieve", { access: "customer", summary: "My membership: role, permissions, locations, limit", query: select, response: members.membershipResponse }),
  "store.organizations.me.update": op("store.organizations.me.update", { access: "customer", summary: "My e-mail preferences", query: select, body: myOrganizationsIn.StoreUpdateMe, response: members.membershipResponse }),
  "store.organizations.me.spending": op("store.organizations.me.spending", { access: "customer", summary: "My spending this period against my limit, per currency", response: members.spendingResponse }),
  "store.organizations.members.list": op("store.organizations.members.list", { access: "customer", permission: "members.view", summary: "The organization's members", query: GetMembershipsParams, response: members.membershipListResponse }),
  "store.organizations.members.update": op("store.organizations.members.update", { access: "customer", permission: "members.manage", summary: "Change a member", query: select, body: UpdateMembership, response: members.membershipResponse }),
  "store.organizations.members.remove": op("store.organizations.members.remove", { access: "customer", permission: "members.manage", summary: "Remove a member", response: members.membershipDeleteResponse }),
  "store.organizations.invitations.list": op("store.organizations.invitations.list", { access: "customer", permission: "members.manage", summary: "The organization's invitations", query: GetInvitationsParams, response: invitations.invitationListResponse }),
  "store.organizations.invitations.create": op("store.organizations.invitations.create", { access: "customer", permission: "members.manage", summary: "Invite someone (within the inviter's own rights)", query: select, body: CreateInvitation, response: invitations.invitationSentResponse }),
  "store.organizations.invitations.revoke": op("store.organizations.invitations.revoke", { access: "customer", permission: "members.manage", summary: "Revoke an invitation", response: invitations.invitationResponse }),
  "store.organizations.invitations.resend": op("store.organizations.invitations.resend", { access: "customer", permission: "members.manage", summary: "Send an invitation again", response: invitations.invitationSentResponse }),
  "store.organizations.locations.list": op("store.organizations.locations.list", { access: "customer", summary: "Delivery locations (all with addresses.manage, else mine)", query: GetLocationsParams, response: locations.locationListResponse }),
  "store.organizations.locations.create": op("store.organizations.locations.create", { access: "customer", permission: "addresses.manage", summary: "Add a delivery location", query: select, body: CreateLocation, response: locations.locationResponse }),
  "store.organizations.locations.retrieve": op("store.organizations.locations.retrieve", { access: "customer", summary: "Get a delivery location", query: select, response: locations.locationResponse }),
  "store.organizations.locations.update": op("store.organizations.locations.update", { access: "customer", permission: "addresses.manage", summary: "Update a delivery location", query: select, body: UpdateLocation, response: locations.locationResponse }),
  "store.organizations.locations.delete": op("store.organizations.locations.delete", { access: "customer", permission: "addresses.manage", summary: "Delete a delivery location", response: locations.locationDeleteResponse }),
  "store.organizations.orders.list": op("store.organizations.orders.list", { access: "customer", summary: "Orders (all with orders.view_all, else mine and my locations')", query: GetOrganizationOrdersParams, response: orders.organizationOrderListResponse }),
  "store.organizations.orders.retrieve": op("store.organizations.orders.retrieve", { access: "customer", summary: "One order with lines, addresses, totals and approval", query: select, response: orders.organizationOrderResponse }),
  "store.organizations.approvals.list": op("store.organizations.approvals.list", { access: "customer", summary: "Approval requests (all for approvers, else mine)", query: approvalsIn.GetApprovalsParams, response: approvals.approvalListResponse }),
  "store.organizations.approvals.retrieve": op("store.organizations.approvals.retrieve", { access: "customer", summary: "One approval request with the cart as asked", query: select, response: approvals.approvalResponse }),
  "store.organizations.approvals.approve": op("store.organizations.approvals.approve", { access: "customer", permission: "orders.approve", summary: "Approve", query: select, body: decision, response: approvals.approvalResponse }),
  "store.organizations.approvals.reject": op("store.organizations.approvals.reject", { access: "customer", permission: "orders.approve", summary: "Reject with a comment", query: select, body: decision, response: approvals.approvalResponse }),
  "store.organizations.entitlements.list": op("store.organizations.entitlements.list", { access: "customer", summary: "Subscriptions and trainings (managers all, others theirs)", query: GetEntitlementsParams, response: entitlements.entitlementListResponse }),
  "store.organizations.entitlements.seats.assign": op("store.organizations.entitlements.seats.assign", { access: "customer", permission: "entitlements.manage", summary: "Give a seat to a member or an outside participant", query: select, body: AssignSeat, response: entitlements.seatAssignedResponse }),
  "store.organizations.entitlements.seats.unassign": op("store.organizations.entitlements.seats.unassign", { access: "customer", permission: "entitlements.manage", summary: "Free a seat", response: entitlements.seatDeleteResponse }),
  "store.organizations.library": op("store.organizations.library", { access: "customer", permission: "library.view", summary: "What I may read", query: GetLibraryParams, response: entitlements.libraryResponse }),
  "store.carts.requestApproval": op("store.carts.requestApproval", { access: "customer", summary: "Ask for the cart's approval (the cart's organization)", query: select, response: approvals.approvalRequestedResponse }),
  // ---- Store: portal
  "store.portal.openSession": op("store.portal.openSession", { access: "public", summary: "Open a read-only portal session with a code (and installation token)", body: OpenPortalSession, response: portal.portalSessionResponse }),
  "store.portal.retrieve": op("store.portal.retrieve", { access: "portal", summary: "What the session opens", response: portal.portalResponse }),
  "store.portal.orders": op("store.portal.orders", { access: "portal", summary: "The organization's or location's orders", query: GetPortalListParams, response: portal.portalOrderListResponse }),
  "store.portal.assets": op("store.portal.assets", { access: "portal", summary: "The installations the session may see", query: GetPortalListParams, response: portal.portalAssetListResponse }),
} as const satisfies Record<string, Operation>

export type OperationName = keyof typeof CATALOG
/** What an operation answers, as the client receives it. */
export type ResponseOf<N extends OperationName> = z.infer<(typeof CATALOG)[N]["response"]>
/** The body an operation takes, as the client sends it (before the server's defaults). */
export type BodyOf<N extends OperationName> = (typeof CATALOG)[N] extends { body: infer B extends z.ZodType } ? z.input<B> : never
/** The query an operation takes. */
export type QueryOf<N extends OperationName> = (typeof CATALOG)[N] extends { query: infer Q extends z.ZodType } ? z.input<Q> : never
