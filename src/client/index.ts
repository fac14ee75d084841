// medusa-plugin-b2b-accounts/client: what a storefront imports. Storefront-safe: nothing of
// Medusa's server packages, only types from @medusajs/js-sdk (an optional peer).
import type Medusa from "@medusajs/js-sdk"
import { transportOf, type RequestOptions, type Transport } from "./transport"

export { B2BError, type B2BErrorCode, type B2BFieldError } from "./errors"
export type { Query, QueryValue, RequestOptions } from "./transport"
export { ERROR_CODES, ERROR_STATUS, isErrorCode, isRefusalCode, REFUSAL, REFUSAL_STATUS, type ErrorCode, type RefusalCode } from "../lib/refusal-codes"

/**
 * The plugin's API through the storefront's own Medusa SDK instance: its base URL, publishable
 * key, global headers and customer auth (JWT or session) are used as the SDK uses them. Every
 * failed call throws a `B2BError` that keeps status, type, message, code and field errors.
 */
export class B2BClient {
  private readonly transport: Transport

  constructor(sdk: Medusa, { fetch: fetchImpl }: { fetch?: typeof fetch } = {}) {
    this.transport = transportOf(sdk, fetchImpl)
  }

  /** One call of a plugin route, e.g. `fetch<{ organizations: … }>("/store/organizations")`. */
  fetch<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.transport<T>(path, options)
  }
}
