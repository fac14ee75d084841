import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrganizationOrder } from "../../../../../admin/organizations/[id]/orders/helpers"

/** `GET /store/organizations/:id/orders/:order_id`: one the member may see, in detail. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveOrganizationOrder(req, "store"))
}
