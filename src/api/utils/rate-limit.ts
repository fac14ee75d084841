import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientIp } from "../../lib/client-ip"
import type { ResolvedOptions } from "../../lib/options"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"
import { pluginOptions as optionsOf } from "../../workflows/common/plugin-options"

type Limit = { limit: number; windowSeconds: number }

/** The outcome of counting one attempt: `refund` takes it back (for "failures only" limits). */
type Attempt =
  | { allowed: true; refund: () => Promise<void> }
  | { allowed: false; retryAfterSeconds: number }

const pluginOptions = (req: MedusaRequest) => optionsOf(req.scope)

/**
 * Who is counted: a logged-in actor by id, anybody else by address (socket address unless the
 * plugin option `trustProxy` trusts proxies: a number of hops, or the addresses that may forward).
 */
function clientKey(req: MedusaRequest) {
  const actor = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  return actor ? `actor:${actor}` : `ip:${clientIp(req, pluginOptions(req).trustProxy)}`
}

/**
 * Counts an attempt of this client at `name` and says whether it is within the limit (a
 * plugin option names limit and window). The count is an atomic increment in Postgres,
 * exact under parallel requests and across server instances; every attempt counts first,
 * so of a parallel burst exactly `limit` get through. `refund()` takes it back.
 */
async function takeAttempt(req: MedusaRequest, name: string, setting: (options: ResolvedOptions) => Limit): Promise<Attempt> {
  const { limit, windowSeconds } = setting(pluginOptions(req))
  const counters: PortalAccessModuleService = req.scope.resolve(PORTAL_ACCESS_MODULE)
  const key = `${name}:${clientKey(req)}`
  const { count, retryAfterSeconds } = await counters.countAttempt(key, windowSeconds)
  if (count > limit) return { allowed: false, retryAfterSeconds }
  return { allowed: true, refund: () => counters.refundAttempt(key) }
}

/** The 429 answer, with Retry-After. */
function refuseAttempt(res: MedusaResponse, retryAfterSeconds: number, what: string) {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    code: "rate_limited",
    message: `Too many ${what}; try again in ${retryAfterSeconds} seconds`,
  })
}

/**
 * Gives the attempt back when the route's answer is a success (`"success"`) or a refusal
 * (`"failure"`, a status of 400 or more, also from the error handler): the refund is done
 * before the answer leaves, so the client's next try already sees it.
 */
function refundOn(outcome: "success" | "failure", res: MedusaResponse, refund: () => Promise<void>) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if ((res.statusCode >= 400) !== (outcome === "failure")) return json(body)
    refund().then(
      () => json(body),
      () => json(body)
    )
    return res
  }) as typeof res.json
}

export type LimitOptions = {
  /** Count only failed attempts (an answer of 400 or more): e.g. portal codes, where a success is no guess. */
  failuresOnly?: boolean
  /** Count only accepted attempts (an answer below 400): e.g. account requests, where a refused form costs nothing. */
  acceptedOnly?: boolean
  /** What the 429 message says there were too many of. */
  what?: string
}

/**
 * The one limiter, as a middleware: every call of the route counts ("every try"), or with
 * `failuresOnly` only the calls that fail.
 */
export function limitAttempts(
  name: string,
  setting: (options: ResolvedOptions) => Limit,
  { failuresOnly = false, acceptedOnly = false, what = failuresOnly ? "failed attempts" : "attempts" }: LimitOptions = {}
) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const attempt = await takeAttempt(req, name, setting)
      if (!attempt.allowed) return refuseAttempt(res, attempt.retryAfterSeconds, what)
      // Counted first and given back after: of a parallel burst, never more than the limit get through.
      if (failuresOnly) refundOn("success", res, attempt.refund)
      else if (acceptedOnly) refundOn("failure", res, attempt.refund)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Tries at a secret (invitation or activation token): plugin option `tokenAttempts`. */
export const limitTokenAttempts = (name: string) => limitAttempts(name, (options) => options.tokenAttempts)

/** Tries at a portal access code (and installation token): plugin option `portalAttempts`, failures only. */
export const limitPortalCodeAttempts = (name: string) =>
  limitAttempts(name, (options) => options.portalAttempts, { failuresOnly: true })
