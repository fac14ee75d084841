import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrganizationOrder } from "../helpers"

/** `GET /admin/organizations/:id/orders/:order_id`: one, in detail. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveOrganizationOrder(req, "admin"))
}
