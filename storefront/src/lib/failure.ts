// One way to turn what the store answered into words for the visitor: the plugin's refusal
// codes in the visitor's language, field errors as the store named them, anything else as a
// generic message (the details stay in the zone's server log).
import { B2BError } from "medusa-plugin-b2b-accounts/client"
import common from "@/i18n/common"
import { translate } from "@/i18n"
import type { ActionState } from "./action-state"

/** Medusa's own routes (the SDK) throw a FetchError: a status and the store's message. */
const statusOf = (error: unknown) =>
  typeof error === "object" && error && "status" in error && typeof error.status === "number" ? error.status : null

export async function failure(error: unknown): Promise<ActionState> {
  const t = await translate(common)
  if (error instanceof B2BError && error.status < 500) {
    const fields = (error.errors ?? []).map(({ field, message }) => ({ field, message }))
    if (error.code === "invalid_data" && !fields.length) {
      return { ok: false, code: error.code, message: error.message }
    }
    return { ok: false, code: error.code, message: (t.codes as Record<string, string>)[error.code] ?? error.message, fields }
  }
  const status = error instanceof B2BError ? null : statusOf(error)
  if (status && status < 500) {
    const message = error instanceof Error ? error.message : t.failed
    return { ok: false, code: status === 401 ? "unauthorized" : "invalid_data", message }
  }
  console.error("[customer zone] the store failed:", error)
  return { ok: false, message: t.unexpected }
}

/** Reads a page's data; a store answer of 404 becomes Next's not-found page. */
export const isNotFound = (error: unknown) =>
  (error instanceof B2BError && error.status === 404) || statusOf(error) === 404
