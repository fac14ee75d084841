import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

// Portal access (seed 003). Code and token hashes never leave the server.

export const accessCodeFields = [
  "id",
  "organization_id",
  "location_id",
  "requires_installation_token",
  "enabled",
  "regenerated_at",
  "created_at",
  "updated_at",
]
export const assetFields = ["id", "organization_id", "location_id", "name", "serial_number", "product_variant_id", "created_at", "updated_at"]

export const accessCodeQueryConfigs = queryConfigs(accessCodeFields, 50)
export const assetQueryConfigs = queryConfigs(assetFields, 50)
export const retrieveAccessCodeQuery = retrieveQuery(accessCodeQueryConfigs)
export const retrieveAssetQuery = retrieveQuery(assetQueryConfigs)

/** What a portal session reads: fixed fields, no `?fields=`. */
export const portalOrderFields = ["id", "order_id", "status", "total", "currency_code", "created_at", "location_id", "location.label"]
export const portalAssetFields = ["id", "name", "serial_number", "location_id", "product_variant_id", "created_at"]
