// Where the store is, read at request time: one build of the zone runs against any store.
// (NEXT_PUBLIC_ names, as in Medusa's Next.js starter, are accepted too.)

export const backendUrl = () =>
  process.env.MEDUSA_BACKEND_URL ?? process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL ?? "http://localhost:9000"

export const publishableKey = () =>
  process.env.MEDUSA_PUBLISHABLE_KEY ?? process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ?? ""

/** The region carts are created in when the store has several (else its first region). */
export const regionId = () => process.env.MEDUSA_REGION_ID || null
