import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

export const locationFields = [
  "id",
  "organization_id",
  "label",
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "metadata",
  "created_at",
  "updated_at",
]

export const locationQueryConfigs = queryConfigs(locationFields, 50)
export const retrieveLocationQuery = retrieveQuery(locationQueryConfigs)
