import type { MedusaResponse } from "@medusajs/framework/http"
import { memberOrderFilter, retrieveOrganizationOrder } from "../../../../../resources/orders/reads"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"

/** `GET /store/organizations/:id/orders/:order_id`: one the member may see (else 404), in detail. */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const context = req.organization_context
  const filter = await memberOrderFilter(req.scope, context)
  res.json(await retrieveOrganizationOrder(req, { organizationId: context.organization_id, filter, showMerchantUser: false }))
}
