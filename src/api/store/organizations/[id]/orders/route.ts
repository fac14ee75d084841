import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationOrders } from "../../../../admin/organizations/[id]/orders/helpers"

/** `GET /store/organizations/:id/orders`: all with orders.view_all, else own and own locations'. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listOrganizationOrders(req, "store"))
}
