import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { activateAccountWorkflow } from "../../../workflows/account-request"
import { runWorkflow } from "../../utils/run-workflow"
import { verifiedCustomerId } from "../../utils/verified-customer"
import type { StoreActivateAccountType } from "./validators"

/**
 * Public (publishable key; a customer login optional): the contact of an approved account
 * request uses the e-mailed link once, with `{ token, password }` (sets the password, then
 * `POST /auth/customer/emailpass` logs in with it) or, logged in as the customer the link was
 * sent for, `{ token }`. Either way the membership the approval made becomes active.
 */
export const POST = async (req: MedusaStoreRequest<StoreActivateAccountType>, res: MedusaResponse) => {
  // Logged in counts only for a login that is the record's own e-mail (lib/login-proof).
  const authenticated = req as unknown as AuthenticatedMedusaRequest
  const customerId = authenticated.auth_context?.actor_id ? await verifiedCustomerId(authenticated) : null
  const activated = await runWorkflow(activateAccountWorkflow, req.scope, {
    ...req.validatedBody,
    customer_id: customerId,
  })
  res.json({ activated: true, email: activated.email })
}
