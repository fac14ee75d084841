import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrganizationOrder } from "../../../../../resources/orders/reads"
import { refetchOrganization } from "../../../../../resources/organizations/query-config"

/** `GET /admin/organizations/:id/orders/:order_id`: one of the organization's orders, in detail. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await retrieveOrganizationOrder(req, { organizationId: req.params.id, filter: {}, showMerchantUser: true }))
}
