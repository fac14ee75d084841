import type { MedusaResponse } from "@medusajs/framework/http"
import { listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import type { GetMembershipsParamsType } from "../../../../resources/members/validators"
import { listOrganizationMemberships } from "../../../../resources/members/reads"

export const GET = async (req: OrganizationRequest<unknown, GetMembershipsParamsType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  res.json(await listOrganizationMemberships(req.scope, viewer.organization_id, listQueryOf(req), viewer))
}
