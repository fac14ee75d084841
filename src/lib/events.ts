/** Events the plugin emits on Medusa's event bus; subscribers (e-mails, ERP sync) listen to these. */
export const OrganizationEvents = {
  CREATED: "organization.created",
  UPDATED: "organization.updated",
  DELETED: "organization.deleted",
  MEMBER_ADDED: "organization.member_added",
  MEMBER_UPDATED: "organization.member_updated",
  MEMBER_REMOVED: "organization.member_removed",
  /** `{ id, organization_id, token, resent }`: carries the link's token for the e-mail. */
  INVITATION_CREATED: "organization.invitation_created",
  INVITATION_REVOKED: "organization.invitation_revoked",
  INVITATION_ACCEPTED: "organization.invitation_accepted",
  /** `{ id, organization_id }` of a delivery location. */
  LOCATION_CREATED: "organization.location_created",
  LOCATION_UPDATED: "organization.location_updated",
  LOCATION_DELETED: "organization.location_deleted",
  /** `{ id, organization_id, order_id }`: an order was placed for the organization. */
  ORDER_PLACED: "organization.order_placed",
} as const

export const AccountRequestEvents = {
  CREATED: "account_request.created",
  /** `{ id, activation_token, existing_login }`: the token is for the approval e-mail's link. */
  APPROVED: "account_request.approved",
  REJECTED: "account_request.rejected",
  /** `{ id, customer_id }`: the contact used the approval's link; the membership is active. */
  ACTIVATED: "account_request.activated",
} as const

/** `{ id }` of the access group whose settings, channels, organizations or customers changed. */
export const AccessGroupEvents = {
  CHANGED: "access_group.changed",
  /** `{ id }` of the sales channel whose plugin settings (organization carts) changed. */
  SALES_CHANNEL_SETTINGS_CHANGED: "sales_channel.b2b_settings_changed",
} as const

/** `{ id, organization_id }` of an approval request. */
export const ApprovalEvents = {
  REQUESTED: "approval.requested",
  APPROVED: "approval.approved",
  REJECTED: "approval.rejected",
  /** No decision within the store's `approvalExpiryDays` (a scheduled job). */
  EXPIRED: "approval.expired",
} as const

/** `{ id, entitlement_id, organization_id, membership_id }` of a seat. */
export const EntitlementEvents = {
  SEAT_ASSIGNED: "entitlement.seat_assigned",
  SEAT_REMOVED: "entitlement.seat_removed",
  /** `{ id, organization_id }` of an entitlement (granted by hand or bought). */
  CREATED: "entitlement.created",
  UPDATED: "entitlement.updated",
  DELETED: "entitlement.deleted",
  /** `{ id, organization_id, ends_at }`: a subscription ends within `subscriptionReminderDays` (once per end date). */
  ENDING: "entitlement.ending",
} as const

/** `{ id, organization_id }` of an access code or installation (asset); never a code or token. */
export const PortalEvents = {
  ACCESS_CODE_CREATED: "portal.access_code_created",
  /** Enabled again: the same code opens the portal again. */
  ACCESS_CODE_UPDATED: "portal.access_code_updated",
  /** Disabled or regenerated: the old code and its sessions no longer open the portal. */
  ACCESS_CODE_REVOKED: "portal.access_code_revoked",
  ASSET_CREATED: "portal.asset_created",
  /** The installation's token was regenerated: the old one no longer opens it. */
  ASSET_TOKEN_REGENERATED: "portal.asset_token_regenerated",
} as const
