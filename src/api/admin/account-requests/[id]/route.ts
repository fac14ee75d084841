import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAccountRequest } from "../../../utils/account-requests"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ account_request: await refetchAccountRequest(req.scope, req.params.id, req.queryConfig.fields) })
}
