import type { MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationMemberships, withVisibleLocations } from "../../../../utils/memberships"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import type { GetMembershipsParamsType } from "../../../../utils/validators"
import { listQueryOf } from "../../../../utils/graph"

export const GET = async (
  req: OrganizationRequest<unknown, GetMembershipsParamsType>,
  res: MedusaResponse
) => {
  const context = req.organization_context
  const { memberships, ...page } = await listOrganizationMemberships(req.scope, context.organization_id, listQueryOf(req))
  res.json({ memberships: await withVisibleLocations(req.scope, context, memberships), ...page })
}
