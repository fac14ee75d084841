import { queryConfigs, retrieveQuery } from "../utils/query-configs"

// The organization's fields, shared by the admin and the store routes.
export const organizationFields = [
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

export const organizationQueryConfigs = queryConfigs(organizationFields, 20)
export const retrieveOrganizationQuery = retrieveQuery(organizationQueryConfigs)
