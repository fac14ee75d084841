/** Events the plugin emits on Medusa's event bus; subscribers (e-mails, ERP sync) listen to these. */
export const OrganizationEvents = {
  CREATED: "organization.created",
  UPDATED: "organization.updated",
  DELETED: "organization.deleted",
} as const
