// Reading the API's errors (`{ type, code?, message, errors? }`), kept free of React so tests
// can import it.

/** One refused input field, by its path in the body ("company.vat_number"). */
export type FieldError = { field: string; message: string }

/** An error answer of the API, with its status and the fields it names (src/api/error-handler.ts). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly type?: string,
    readonly code?: string,
    readonly errors: FieldError[] = []
  ) {
    super(message)
  }
}

/** The API's message, or the error's own. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String(error.message)
  return String(error)
}

/** The HTTP status of a failed request (0 when it never got an answer). */
export const statusOf = (error: unknown): number =>
  error && typeof error === "object" && "status" in error && typeof error.status === "number" ? error.status : 0

/** The refusal code of a failed request (`possible_duplicate`, …), if it has one. */
export const codeOf = (error: unknown): string | undefined => (error instanceof ApiError ? error.code : undefined)

/**
 * The API's field errors, keyed by the last part of the field's path (what a form calls the
 * field), and the messages that name no field. The first message per field wins.
 */
export function fieldErrors(error: unknown): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {}
  const named = error instanceof ApiError ? error.errors : []
  for (const { field, message } of named) {
    const name = field.split(".").pop()!
    if (!fields[name]) fields[name] = message
  }
  return { fields, general: named.length ? [] : [errorMessage(error)] }
}
