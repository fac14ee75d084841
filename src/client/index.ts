// medusa-plugin-b2b-accounts/client: what a storefront imports. Storefront-safe: nothing of
// Medusa's server packages, only types from @medusajs/js-sdk (an optional peer).
import type Medusa from "@medusajs/js-sdk"
import { authOperations } from "./auth"
import { routesOf } from "./routes"
import { transportOf, type RequestOptions, type Transport } from "./transport"

export { B2BError, type B2BErrorCode, type B2BFieldError } from "./errors"
export type { Query, QueryValue, RequestOptions } from "./transport"
export type { ArgsOf, CallOptions, OperationOf } from "./operations"
export type { BodyOf, OperationName, QueryOf, ResponseOf } from "../api/resources/catalog"
export { ORGANIZATION_HEADER, organizationHeader } from "./organization-header"
export type { CartResponse, CompleteCartResponse, CreateCartBody } from "./carts"
export { ERROR_CODES, ERROR_STATUS, isErrorCode, isRefusalCode, REFUSAL, REFUSAL_STATUS, type ErrorCode, type RefusalCode } from "../lib/refusal-codes"

/**
 * The plugin's API through the storefront's own Medusa SDK instance: its base URL, publishable
 * key, global headers and customer auth (JWT or session) are used as the SDK uses them. Every
 * failed call throws a `B2BError` that keeps status, type, message, code and field errors.
 */
export class B2BClient {
  private readonly transport: Transport
  /** The store routes: `b2b.store.organizations.members.list(organizationId, { limit: 20 })`. */
  readonly store: ReturnType<typeof routesOf>["store"]
  /** The admin routes, through an SDK instance logged in as an admin user. */
  readonly admin: ReturnType<typeof routesOf>["admin"]
  /** Medusa's customer auth routes the plugin adds a rule to (a set-password link works once). */
  readonly auth: ReturnType<typeof authOperations>

  constructor(sdk: Medusa, { fetch: fetchImpl }: { fetch?: typeof fetch } = {}) {
    this.transport = transportOf(sdk, fetchImpl)
    const routes = routesOf(this.transport)
    this.store = routes.store
    this.admin = routes.admin
    this.auth = authOperations(this.transport)
  }

  /** One call of a plugin route, e.g. `fetch<{ organizations: … }>("/store/organizations")`. */
  fetch<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.transport<T>(path, options)
  }
}
