import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

// The account request's fields (admin routes); activation_token_hash never leaves the server.
export const accountRequestFields = [
  "id",
  "status",
  "company_name",
  "vat_number",
  "registration_number",
  "country_code",
  "address",
  "first_name",
  "last_name",
  "email",
  "phone",
  "sales_channel_id",
  "reason",
  "decided_by",
  "decided_at",
  "organization_id",
  "customer_id",
  "activation_expires_at",
  "activated_at",
  "metadata",
  "created_at",
  "updated_at",
]

export const accountRequestQueryConfigs = queryConfigs(accountRequestFields, 20)
export const retrieveAccountRequestQuery = retrieveQuery(accountRequestQueryConfigs)
