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
