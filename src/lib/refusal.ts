import { MedusaError } from "@medusajs/framework/utils"
import { ConflictError } from "./errors"
import { REFUSAL_STATUS, type RefusalCode } from "./refusal-codes"

const TYPE_OF_STATUS: Record<number, string> = {
  400: MedusaError.Types.NOT_ALLOWED,
  401: MedusaError.Types.UNAUTHORIZED,
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
}

/**
 * A coded refusal whose HTTP status is the one its code has in REFUSAL_STATUS, wherever it is
 * thrown (guard, cart hook, workflow step): the code decides the status, not the layer.
 * `invalidData` marks a 400 about the input (type `invalid_data` rather than `not_allowed`).
 */
export function refusal(code: RefusalCode, message: string, { invalidData = false } = {}): MedusaError {
  const status = REFUSAL_STATUS[code]
  if (status === 409) return new ConflictError(message, code)
  const type = status === 400 && invalidData ? MedusaError.Types.INVALID_DATA : TYPE_OF_STATUS[status]
  return new MedusaError(type ?? MedusaError.Types.NOT_ALLOWED, message, code)
}
