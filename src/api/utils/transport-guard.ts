import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { invalidFields } from "../../lib/field-errors"
import { inputTextIssues, pathHasControlCharacters } from "../../lib/input-text"
import { codeEvery4xx } from "../error-handler"

// The transport rules of every plugin route, before its own middlewares (README "JSON only"):
// a path with control characters is no record (404), a write is JSON (415), and the text and
// depth of body and query are checked once for all fields (400 naming the field).

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

/**
 * The answer of a write that is not JSON: `{ type, code, message }`, status 415. The
 * http-errors shape (status, statusCode, expose) keeps status and message under Medusa's own
 * error handler too.
 */
export class UnsupportedMediaTypeError extends MedusaError {
  readonly status = 415
  readonly statusCode = 415
  readonly expose = true

  constructor(message: string) {
    super("unsupported_media_type", message, "unsupported_media_type")
  }
}

const isJson = (contentType: string) => contentType.split(";")[0].trim().toLowerCase() === "application/json"

const hasBody = (req: MedusaRequest) =>
  req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0

/**
 * A browser's request from another origin: its `Sec-Fetch-Site` says so, or (browsers before
 * that header) its `Origin` names another host than the one it was sent to. Both headers are
 * set by the browser; a page cannot forge them. Clients outside a browser send neither.
 */
function fromAnotherOrigin(req: MedusaRequest) {
  const site = req.headers["sec-fetch-site"]
  if (typeof site === "string") return site !== "same-origin" && site !== "none"
  const origin = req.headers.origin
  if (!origin || origin === "null") return !!origin
  try {
    return new URL(origin).host !== req.headers.host
  } catch {
    return true
  }
}

/**
 * Why a write may not be taken, or null. A body must be JSON: a form (urlencoded, multipart,
 * text/plain) is what a page on another site can make the merchant's browser post with its
 * cookie, without the CORS preflight a JSON body needs. A POST without body and content type
 * (`curl -X POST`) is taken, except from a browser on another origin: a `no-cors` fetch sends
 * exactly that, with the cookie. PUT, PATCH and DELETE always need a preflight.
 */
export function writeRefusal(req: MedusaRequest): string | null {
  if (!WRITES.has(req.method)) return null
  const contentType = req.headers["content-type"]
  if (contentType) return isJson(contentType) ? null : `Content-Type '${contentType.split(";")[0]}' is not accepted`
  if (hasBody(req)) return "A body without a Content-Type is not accepted"
  if (req.method === "POST" && fromAnotherOrigin(req)) return "A POST from another site must carry a JSON body"
  return null
}

/** The decoded path, or null when its percent-encoding is broken. */
function decodedPath(req: MedusaRequest) {
  try {
    return decodeURIComponent(req.originalUrl.split("?")[0])
  } catch {
    return null
  }
}

/** The middleware every plugin path gets first (src/api/middlewares.ts). */
export function transportGuard() {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    // Answers written by later middlewares themselves (Medusa's authenticate: 401) get a code too.
    codeEvery4xx(res)
    const path = decodedPath(req)
    if (path === null || pathHasControlCharacters(path)) {
      // No record has such an id: the same 404 as an unknown one, before any query sees it.
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, "Not found", "not_found"))
    }
    const refused = writeRefusal(req)
    if (refused) {
      return next(new UnsupportedMediaTypeError(`${refused}: send the body as JSON with Content-Type: application/json (an empty body as {})`))
    }
    const issues = [...inputTextIssues(req.query), ...(WRITES.has(req.method) ? inputTextIssues(req.body) : [])]
    if (issues.length) return next(invalidFields(issues))
    next()
  }
}
