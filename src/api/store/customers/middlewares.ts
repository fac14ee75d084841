import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { loginEmailOf } from "../../../lib/login-proof"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import { loginIdentity } from "../../utils/verified-customer"

/**
 * Medusa's `POST /store/customers` takes the record's e-mail from the body, so any login could
 * make a record with somebody else's address (and wait for that company's approval). A login
 * whose provider vouches for an e-mail may create only a record with that e-mail.
 */
async function customerEmailIsTheLogins(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as { email?: unknown }
    const auth = req.auth_context
    if (typeof body.email === "string" && auth?.auth_identity_id) {
      const identity = await loginIdentity(req, auth.auth_identity_id)
      const own = identity && loginEmailOf(identity, auth.auth_provider)
      if (own && own !== body.email.trim().toLowerCase()) {
        throw refusal(
          REFUSAL.customer_email_not_login,
          "Field 'email' must be the e-mail address this login was registered with",
          { invalidData: true }
        )
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnregistered: true }), customerEmailIsTheLogins],
  },
]
