import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationOrders } from "../../../../resources/orders/reads"
import { refetchOrganization } from "../../../../resources/organizations/query-config"

/** `GET /admin/organizations/:id/orders`: every order of the organization. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await listOrganizationOrders(req, { organizationId: req.params.id, filter: {}, showMerchantUser: true }))
}
