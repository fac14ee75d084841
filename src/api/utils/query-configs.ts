// Field sets shared by admin and store routes, so both return the same shape of object.
const organizationFields = [
  "id",
  "name",
  "legal_name",
  "vat_number",
  "registration_number",
  "country_code",
  "status",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveOrganizationQueryConfig = {
  defaults: organizationFields,
  isList: false,
}

export const listOrganizationsQueryConfig = {
  ...retrieveOrganizationQueryConfig,
  defaultLimit: 20,
  isList: true,
}

// role, grants and revokes are always read: `permissions` is computed from them.
export const membershipFields = [
  "id",
  "organization_id",
  "customer_id",
  "role",
  "grants",
  "revokes",
  "status",
  "spending_limit",
  "notification_preferences",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const retrieveMembershipQueryConfig = {
  defaults: membershipFields,
  isList: false,
}

export const listMembershipsQueryConfig = {
  ...retrieveMembershipQueryConfig,
  defaultLimit: 50,
  isList: true,
}

/** `GET /store/organizations`: my organizations, each with my membership in it. */
export const listMyOrganizationsQueryConfig = {
  defaults: [
    "id",
    "role",
    "grants",
    "revokes",
    "status",
    "spending_limit",
    "notification_preferences",
    "created_at",
    ...organizationFields.map((field) => `organization.${field}`),
  ],
  defaultLimit: 20,
  isList: true,
}
