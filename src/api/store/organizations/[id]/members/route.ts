import type { MedusaResponse } from "@medusajs/framework/http"
import { listOrganizationMemberships } from "../../../../utils/memberships"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import type { GetMembershipsParamsType } from "../../../../utils/validators"
import { listQueryOf } from "../../../../utils/graph"

export const GET = async (
  req: OrganizationRequest<unknown, GetMembershipsParamsType>,
  res: MedusaResponse
) => {
  res.json(
    await listOrganizationMemberships(req.scope, req.organization_context.organization_id, listQueryOf(req))
  )
}
