import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationOrders } from "./helpers"

/** `GET /admin/organizations/:id/orders`: all of the organization's orders. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listOrganizationOrders(req, "admin"))
}
