import Medusa from "@medusajs/js-sdk"

// The dashboard's build defines these globals; fall back to what the dashboard itself assumes.
declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined

export const backendUrl = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"
export const authType = typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__ ? __AUTH_TYPE__ : "session"
const jwtTokenStorageKey =
  typeof __JWT_TOKEN_STORAGE_KEY__ !== "undefined" ? __JWT_TOKEN_STORAGE_KEY__ : undefined

/** The admin client, authenticated the way the dashboard is (its session cookie or JWT). */
export const sdk = new Medusa({ baseUrl: backendUrl, auth: { type: authType, jwtTokenStorageKey } })
