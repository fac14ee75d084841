import { z } from "zod"
import { amount, pageOf, timestamp } from "../common"

/** A code that opens a read-only portal of an organization or one of its locations. */
export const accessCode = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  location_id: z.string().nullable(),
  requires_installation_token: z.boolean(),
  enabled: z.boolean(),
  regenerated_at: timestamp,
  created_at: timestamp,
  updated_at: timestamp,
})
/** An installation at a location; its token opens the portal for it alone. */
export const asset = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  location_id: z.string().nullable(),
  name: z.string(),
  serial_number: z.string().nullable(),
  product_variant_id: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
})

export const accessCodeListResponse = pageOf("access_codes", accessCode)
/** `code` is in the answer that makes (or regenerates) it, and never again. */
export const accessCodeResponse = z.strictObject({ access_code: accessCode, code: z.string().optional() })
export const assetListResponse = pageOf("assets", asset)
/** `token` is in the answer that makes (or renews) it, and never again. */
export const assetTokenResponse = z.strictObject({ asset, token: z.string() })

export const portalLevel = z.enum(["organization", "location", "installation"])

/** `POST /store/portal/sessions`: a short-lived bearer token for the portal routes. */
export const portalSessionResponse = z.strictObject({
  token: z.string(),
  expires_at: timestamp,
  scope: z.strictObject({
    level: portalLevel,
    organization_id: z.string(),
    location_id: z.string().nullable(),
    asset_id: z.string().nullable(),
  }),
})

/** `GET /store/portal`: what the session opens. */
export const portalResponse = z.strictObject({
  portal: z.strictObject({
    level: portalLevel,
    expires_at: timestamp,
    organization: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    location: z.strictObject({ id: z.string(), label: z.string(), city: z.string() }).nullable(),
    asset: z.strictObject({ id: z.string(), name: z.string(), serial_number: z.string().nullable() }).nullable(),
  }),
})

export const portalOrderListResponse = pageOf(
  "orders",
  z.strictObject({
    id: z.string(),
    order_id: z.string(),
    status: z.string(),
    total: amount,
    currency_code: z.string(),
    created_at: timestamp,
    location_id: z.string().nullable(),
    location: z.strictObject({ label: z.string() }).nullable(),
  })
)
export const portalAssetListResponse = pageOf(
  "assets",
  asset.pick({ id: true, name: true, serial_number: true, location_id: true, product_variant_id: true, created_at: true })
)
