import {
  errorHandler as medusaErrorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { codeOf4xx, isRefusalCode, REFUSAL, REFUSAL_STATUS, type RefusalCode } from "../lib/refusal-codes"

/** One input field the API refused, by its path in the body or query ("company.vat_number"). */
export type FieldError = { field: string; message: string }

/** A refusal as the client gets it; `errors` when it names the field (e.g. a company number). */
export type RefusalBody = { type: string; code: RefusalCode; message: string; errors?: FieldError[] }

/** A validation failure as the client gets it: Medusa's `{ type, message }` plus the fields. */
export type ValidationBody = { type: string; code?: string; message: string; errors: FieldError[] }

const STATUS_OF_TYPE: Record<string, number> = {
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.UNAUTHORIZED]: 401,
  [MedusaError.Types.FORBIDDEN]: 403,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.CONFLICT]: 409,
}

/**
 * The plugin's coded refusal in `error`, if it is one: a MedusaError (or the plain object a
 * workflow hands back for it) whose `code` is one of the plugin's refusal codes. The status
 * follows Medusa's for the error's type; a type Medusa would not map keeps the code's own.
 */
export function refusalOf(error: unknown): { status: number; body: RefusalBody } | null {
  const candidate = error as { type?: unknown; code?: unknown; message?: unknown } | null
  if (!candidate || typeof candidate !== "object" || !isRefusalCode(candidate.code)) return null
  const type = typeof candidate.type === "string" ? candidate.type : MedusaError.Types.CONFLICT
  const status = STATUS_OF_TYPE[type] ?? REFUSAL_STATUS[candidate.code]
  const message = String(candidate.message ?? "")
  const field = (candidate as { field?: unknown }).field
  const body: RefusalBody = { type, code: candidate.code, message }
  if (typeof field === "string" && field) body.errors = [{ field, message }]
  return { status, body }
}

// Medusa's validateAndTransformBody/Query (framework zod-helpers `zodValidator`) throw a new
// MedusaError(INVALID_DATA, "Invalid request: <issue>; <issue>; …") and drop the ZodError, so
// its issues reach this handler only as that text. Its formats are fixed; the field sits in
// quotes, its path joined by ", " (the plugin's own refinements write "Field 'a.b' …").
const VALIDATION_PREFIX = "Invalid request: "
const FIELD_IN_ISSUE = /\bfield '([^']+)'/i
const UNRECOGNIZED = /^Unrecognized fields: '([^']+)'/

/** The fields a validation failure of Medusa's validators names, one entry per issue. */
export function validationErrorsOf(error: unknown): FieldError[] | null {
  const candidate = error as { type?: unknown; message?: unknown } | null
  if (!candidate || candidate.type !== MedusaError.Types.INVALID_DATA || typeof candidate.message !== "string") return null
  if (!candidate.message.startsWith(VALIDATION_PREFIX)) return null
  const issues = candidate.message.slice(VALIDATION_PREFIX.length).split(/;\s+/).filter(Boolean)
  return issues.flatMap((message) => {
    const unrecognized = message.match(UNRECOGNIZED)
    if (unrecognized) return unrecognized[1].split(/,\s*/).map((field) => ({ field, message }))
    const field = message.match(FIELD_IN_ISSUE)?.[1]
    return field ? [{ field: field.split(/,\s*|\./).join("."), message }] : []
  })
}

/** The stable code of a 4xx answer without one (`invalid_data`, `not_found`, …; lib/refusal-codes). */
export function genericCodeOf(status: number): string {
  return status >= 400 && status < 500 ? codeOf4xx(status) : `http_${status}`
}

/**
 * Makes every 4xx that `res` answers carry a `type` and a `code` (the generic one of its status
 * when the body has none), plus `errors` when given. Also for answers written outside the error
 * handler, such as Medusa's `authenticate` (`401 { message }`): the plugin's routes install it
 * first (src/api/utils/transport-guard.ts).
 */
export function codeEvery4xx(res: MedusaResponse, errors?: FieldError[] | null) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    const record = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null
    const failed = res.statusCode >= 400 && res.statusCode < 500 && !!record
    if (!failed && !errors) return json(body)
    // Every refusal has the same shape: Medusa's `authenticate` sends neither `type` nor `code`.
    const generic = failed ? genericCodeOf(res.statusCode) : null
    const type = generic && typeof record!.type !== "string" ? { type: generic } : {}
    const code = generic && !record!.code ? { code: generic } : {}
    return json({ ...type, ...record, ...code, ...(errors ? { errors } : {}) })
  }) as typeof res.json
}

/**
 * A transport failure (body parser, the plugin's JSON-only rule): an http-errors-shaped error
 * whose 4xx status Medusa's handler would keep without a code, or answer 500 for a type it
 * does not know (415). Answered here as `{ type, code, message }`.
 */
export function transportErrorOf(error: unknown): { status: number; body: { type: string; code: string; message: string } } | null {
  const candidate = error as { status?: unknown; statusCode?: unknown; message?: unknown; type?: unknown; code?: unknown } | null
  if (!candidate || typeof candidate !== "object") return null
  const status = Number(candidate.statusCode ?? candidate.status)
  if (status !== 413 && status !== 415 && !(status === 400 && typeof candidate.type === "string" && candidate.type.startsWith("entity."))) {
    return null
  }
  const code = typeof candidate.code === "string" && candidate.code ? candidate.code : genericCodeOf(status)
  // A body Express could not parse (bad or too deep JSON) says so, without echoing it.
  const message = status === 400 ? "The request body is not valid JSON" : String(candidate.message ?? "")
  return { status, body: { type: status === 400 ? MedusaError.Types.INVALID_DATA : code, code, message } }
}

/**
 * The plugin's error handler: it answers the plugin's coded refusals itself, as
 * `{ type, code, message }` (Medusa's own handler would drop the code of a 409 and replace
 * its message), and hands every other error to Medusa's `errorHandler()`, adding to a
 * validation failure the fields it names as `errors: [{ field, message }]`, and to every 4xx
 * without a code the generic one of its type or status (`invalid_data`, `not_found`, …).
 * A store with its own error handler calls this one first (see README, "Refusal codes").
 */
export function b2bErrorHandler() {
  const medusa = medusaErrorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const transport = transportErrorOf(error)
    if (transport) {
      const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
      logger.info(`Refused ${transport.status} (${transport.body.code}) at ${req.path}: ${transport.body.message}`)
      res.status(transport.status).json(transport.body)
      return
    }
    const refusal = refusalOf(error)
    if (!refusal) {
      // Medusa writes the body (`{ type, message }`, its log line too); fields and code are added to it.
      codeEvery4xx(res, validationErrorsOf(error))
      // Medusa's handler is typed for its own error class; any other error is handled there too.
      return medusa(error as any, req, res, next)
    }
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    logger.info(`Refused ${refusal.status} (${refusal.body.code}) at ${req.path}: ${refusal.body.message}`)
    res.status(refusal.status).json(refusal.body)
  }
}
