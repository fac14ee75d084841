/** Events the plugin emits on Medusa's event bus; subscribers (e-mails, ERP sync) listen to these. */
export const OrganizationEvents = {
  CREATED: "organization.created",
  UPDATED: "organization.updated",
  DELETED: "organization.deleted",
  MEMBER_ADDED: "organization.member_added",
  MEMBER_UPDATED: "organization.member_updated",
  MEMBER_REMOVED: "organization.member_removed",
} as const
