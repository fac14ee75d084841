import {
  errorHandler as medusaErrorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isRefusalCode, REFUSAL_STATUS, type RefusalCode } from "../lib/refusal-codes"

/** A refusal as the client gets it. */
export type RefusalBody = { type: string; code: RefusalCode; message: string }

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
  return { status, body: { type, code: candidate.code, message: String(candidate.message ?? "") } }
}

/**
 * The plugin's error handler: it answers the plugin's coded refusals itself, as
 * `{ type, code, message }` (Medusa's own handler would drop the code of a 409 and replace
 * its message), and hands every other error to Medusa's `errorHandler()` unchanged.
 * A store with its own error handler calls this one first (see README, "Refusal codes").
 */
export function b2bErrorHandler() {
  const medusa = medusaErrorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const refusal = refusalOf(error)
    if (!refusal) return medusa(error as any, req, res, next)
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    logger.info(`Refused ${refusal.status} (${refusal.body.code}) at ${req.path}: ${refusal.body.message}`)
    res.status(refusal.status).json(refusal.body)
  }
}
