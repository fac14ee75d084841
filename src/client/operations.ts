import type { BodyOf, OperationName, QueryOf, ResponseOf } from "../api/resources/catalog"
import { ROUTES } from "../api/resources/routes"
import type { Query, Transport } from "./transport"

// One typed function per route of the plugin, made from its entry in ROUTES (method and path)
// and the catalog's schemas (types only: no schema reaches the storefront's bundle).

/** The path parameters of a route, in order: `/organizations/{id}/members/{membership_id}` → two. */
type ParamsOf<P extends string> = P extends `${string}{${string}}${infer Rest}` ? [string, ...ParamsOf<Rest>] : []

/** Per call: more headers (e.g. the visitor's `x-forwarded-for` from a server), a portal session. */
export type CallOptions = {
  headers?: Record<string, string>
  /** The portal session's token (`store.portal.*`), from `store.portal.openSession`. */
  portalToken?: string
}

type HasBody<N extends OperationName> = [BodyOf<N>] extends [never] ? false : true
type HasQuery<N extends OperationName> = [QueryOf<N>] extends [never] ? false : true
type Method<N extends OperationName> = (typeof ROUTES)[N]["method"]

/**
 * The arguments of an operation: its path parameters, then for a read its query, for a write
 * its body (and its query, `?fields=`, in the options).
 */
export type ArgsOf<N extends OperationName> = [
  ...ParamsOf<(typeof ROUTES)[N]["path"]>,
  ...(HasBody<N> extends true
    ? [body: BodyOf<N>, options?: CallOptions & { query?: QueryOf<N> }]
    : Method<N> extends "GET"
      ? HasQuery<N> extends true
        ? [query?: QueryOf<N>, options?: CallOptions]
        : [options?: CallOptions]
      : [options?: CallOptions & (HasQuery<N> extends true ? { query?: QueryOf<N> } : unknown)]),
]

export type OperationOf<N extends OperationName> = (...args: ArgsOf<N>) => Promise<ResponseOf<N>>

/** The client function of one operation. */
export function operation<N extends OperationName>(transport: Transport, name: N): OperationOf<N> {
  const route: { method: "GET" | "POST" | "DELETE"; path: string; body?: boolean; query?: boolean } = ROUTES[name]
  const { method, path } = route
  const params = (path.match(/\{[^}]+\}/g) ?? []).length
  const hasBody = !!route.body
  // A read that takes a query has it first; anything else takes its options first.
  const queryFirst = method === "GET" && !!route.query
  return ((...args: unknown[]) => {
    const values = args.slice(0, params) as string[]
    if (values.length < params || values.some((value) => typeof value !== "string" || !value)) {
      throw new TypeError(`${name}: pass ${params} id${params === 1 ? "" : "s"} (${path})`)
    }
    let index = 0
    const url = path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++]))
    const rest = args.slice(params)
    // After the ids: a read's query, or a write's body, then the options.
    const [first, second] = rest as [unknown, (CallOptions & { query?: Query }) | undefined]
    const options = (queryFirst || hasBody ? second : first) as (CallOptions & { query?: Query }) | undefined
    const query = queryFirst ? (first as Query | undefined) : options?.query
    const headers = { ...options?.headers, ...(options?.portalToken ? { authorization: `Bearer ${options.portalToken}` } : {}) }
    return transport(url, { method, query, body: hasBody ? first ?? {} : method === "POST" ? {} : undefined, headers })
  }) as OperationOf<N>
}
