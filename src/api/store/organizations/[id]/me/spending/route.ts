import type { MedusaResponse } from "@medusajs/framework/http"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { spendingOfMember } from "../../../../../resources/members/spending"

/** My spending limit this period: per currency, what it allows, what I spent, what is left. */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  res.json(await spendingOfMember(req.scope, organization_id, membership.id))
}
