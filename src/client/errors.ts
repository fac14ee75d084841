import { codeOf4xx, isErrorCode, type ErrorCode } from "../lib/refusal-codes"

/** A documented code (README "Refusal codes"), or `server_error` for a 5xx or an answer that is not the API's. */
export type B2BErrorCode = ErrorCode | "server_error"

/** One input field the API refused, by its path in the body or query ("company.vat_number"). */
export type B2BFieldError = { field: string; message: string }

/**
 * Every failed call of the client: the answer's status, Medusa's `type` and `message` (a
 * sentence for people), the stable `code` for programs (README "Refusal codes") and, for bad
 * input, the fields. Nothing of the answer is lost, unlike the SDK's own FetchError.
 */
export class B2BError extends Error {
  readonly status: number
  readonly type: string
  readonly code: B2BErrorCode
  readonly errors: B2BFieldError[]
  /** `Retry-After` of a 429, in seconds. */
  readonly retryAfterSeconds: number | null

  constructor(init: { status: number; type: string; code: B2BErrorCode; message: string; errors?: B2BFieldError[]; retryAfterSeconds?: number | null }) {
    super(init.message)
    this.name = "B2BError"
    this.status = init.status
    this.type = init.type
    this.code = init.code
    this.errors = init.errors ?? []
    this.retryAfterSeconds = init.retryAfterSeconds ?? null
  }

  /** The refusal of `field`, if the API named it. */
  fieldError(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message
  }
}

// An answer without a code (Medusa's own admin login check, a proxy): its status's, as the server gives it.
const genericCode = (status: number): B2BErrorCode => (status >= 400 && status < 500 ? codeOf4xx(status) : "server_error")

/** The B2BError of a failed answer, whatever its body (a proxy's HTML page included). */
export function errorOfAnswer(status: number, body: unknown, retryAfter: string | null): B2BError {
  const record = body && typeof body === "object" ? (body as Record<string, unknown>) : {}
  const code: B2BErrorCode = isErrorCode(record.code) ? record.code : genericCode(status)
  const errors = Array.isArray(record.errors)
    ? record.errors.flatMap((entry): B2BFieldError[] => {
        const e = entry as Record<string, unknown>
        return typeof e?.field === "string" ? [{ field: e.field, message: String(e.message ?? "") }] : []
      })
    : []
  return new B2BError({
    status,
    type: typeof record.type === "string" ? record.type : status >= 500 ? "unknown_error" : genericCode(status),
    code,
    message: typeof record.message === "string" && record.message ? record.message : `The store answered ${status}`,
    errors,
    retryAfterSeconds: retryAfter && Number.isFinite(Number(retryAfter)) ? Number(retryAfter) : null,
  })
}
