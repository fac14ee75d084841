import type { InferTypeOf } from "@medusajs/framework/types"
import type AccessCode from "./models/access-code"
import type Asset from "./models/asset"
import type AttemptCounter from "./models/attempt-counter"

// Record types of the portal-access module, from its models (one source).

export type AccessCodeDTO = InferTypeOf<typeof AccessCode>
export type AssetDTO = InferTypeOf<typeof Asset>
export type AttemptCounterDTO = InferTypeOf<typeof AttemptCounter>

/** What an enabled code (and, for installation codes, its asset) opens, read in one query. */
export type PortalGrant = {
  code_id: string
  code_hash: string
  regenerated_at: Date
  requires_installation_token: boolean
  organization_id: string
  location_id: string | null
  asset_id: string | null
  asset_location_id: string | null
  asset_token_hash: string | null
}

/** How to find the code and its asset: by their secrets' hashes (opening) or by id (a session). */
export type PortalGrantLookup =
  | { code_hash: string; asset_token_hash?: string | null }
  | { code_id: string; asset_id?: string | null }
