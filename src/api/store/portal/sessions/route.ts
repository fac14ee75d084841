import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hashSecret, normalizeReadable } from "../../../../lib/secrets"
import { grantFor, signPortalSession } from "../../../utils/portal"
import type { OpenPortalSessionType } from "../validators"

/**
 * `POST /store/portal/sessions`: a code (and token) for a short-lived, signed, read-only
 * session. Failed tries are limited per client (the route's limiter, failures only).
 */
export async function POST(req: MedusaRequest<OpenPortalSessionType>, res: MedusaResponse) {
  const { code, token } = req.validatedBody
  const found = await grantFor(req, {
    code_hash: hashSecret(normalizeReadable(code)),
    asset_token_hash: token ? hashSecret(normalizeReadable(token)) : null,
  })
  // Unknown code, disabled code, suspended organization and wrong token look alike.
  if (!found) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid code or installation token")
  res.json({ ...signPortalSession(req, found.grant), scope: found.scope })
}
