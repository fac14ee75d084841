import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { activateAccountWorkflow } from "../../../workflows/account-request"
import { runWorkflow } from "../../utils/run-workflow"
import type { StoreActivateAccountType } from "./validators"

/**
 * Public (publishable key only): the contact of an approved account request sets a password
 * with the e-mailed token, then logs in with `POST /auth/customer/emailpass`.
 */
export const POST = async (req: MedusaStoreRequest<StoreActivateAccountType>, res: MedusaResponse) => {
  const activated = await runWorkflow(activateAccountWorkflow, req.scope, req.validatedBody)
  res.json({ activated: true, email: activated.email })
}
