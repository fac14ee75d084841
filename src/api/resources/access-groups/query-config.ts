import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

export const accessGroupFields = [
  "id",
  "name",
  "registration_mode",
  "metadata",
  "created_at",
  "updated_at",
  // A store has few sales channels; organizations and customers are listed page by page.
  "sales_channels.id",
  "sales_channels.name",
]

export const accessGroupQueryConfigs = queryConfigs(accessGroupFields, 20)
export const retrieveAccessGroupQuery = retrieveQuery(accessGroupQueryConfigs)

/** `GET /admin/access-groups/:id/{sales-channels,organizations,customers}`: one page of members. */
export const accessGroupMemberQueryConfigs = {
  "sales-channels": queryConfigs(["id", "name", "description", "is_disabled"], 50).list,
  organizations: queryConfigs(["id", "name", "status", "country_code", "vat_number"], 50).list,
  customers: queryConfigs(["id", "email", "first_name", "last_name", "company_name", "has_account"], 50).list,
}
