import { MedusaError } from "@medusajs/framework/utils"

/**
 * A 409 whose message reaches the client. Medusa's error handler swaps the message of a
 * MedusaError of type CONFLICT for a generic idempotency notice, but passes through errors
 * shaped like http-errors (status, statusCode, expose), answering `{ type: "conflict", message }`.
 */
export class ConflictError extends MedusaError {
  readonly status = 409
  readonly statusCode = 409
  readonly expose = true

  constructor(message: string) {
    super(MedusaError.Types.CONFLICT, message)
  }
}

/**
 * Workflows hand errors back serialized (plain objects); this restores a ConflictError so
 * its message survives Medusa's error handler. Other errors pass through unchanged.
 */
export function restoreConflictError(error: unknown): unknown {
  const candidate = error as { statusCode?: unknown; message?: unknown } | null
  if (candidate?.statusCode === 409 && typeof candidate.message === "string" && !(error instanceof ConflictError)) {
    return new ConflictError(candidate.message)
  }
  return error
}
