import type { MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationOrders, memberOrderFilter } from "../../../../resources/orders/reads"
import type { OrganizationRequest } from "../../../../utils/organization-guard"

/** `GET /store/organizations/:id/orders`: the orders the member may see (memberOrderFilter). */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const context = req.organization_context
  const filter = await memberOrderFilter(req.scope, context)
  res.json(await listOrganizationOrders(req, { organizationId: context.organization_id, filter, showMerchantUser: false }))
}
