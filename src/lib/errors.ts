import { MedusaError } from "@medusajs/framework/utils"
import { REFUSAL, type RefusalCode } from "./refusal-codes"

/**
 * A 409 whose message and `code` reach the client. Medusa's own error handler would swap
 * both for a generic idempotency notice; the plugin's error handler (src/api/error-handler.ts)
 * answers it as `{ type: "conflict", code, message }`. The http-errors shape (status,
 * statusCode, expose) keeps the message when a store uses Medusa's handler alone.
 */
export class ConflictError extends MedusaError {
  readonly status = 409
  readonly statusCode = 409
  readonly expose = true

  constructor(message: string, code: RefusalCode = REFUSAL.conflict) {
    super(MedusaError.Types.CONFLICT, message, code)
  }
}

/**
 * Workflows hand errors back serialized (plain objects); this restores a ConflictError, with
 * its code, so both survive the error handler. Other errors pass through unchanged.
 */
export function restoreConflictError(error: unknown): unknown {
  const candidate = error as { statusCode?: unknown; message?: unknown; code?: unknown } | null
  if (candidate?.statusCode === 409 && typeof candidate.message === "string" && !(error instanceof ConflictError)) {
    const code = typeof candidate.code === "string" ? (candidate.code as RefusalCode) : undefined
    return new ConflictError(candidate.message, code)
  }
  return error
}
