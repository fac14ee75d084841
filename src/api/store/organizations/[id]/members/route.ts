import type { MedusaResponse } from "@medusajs/framework/http"
import { listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import type { GetMembershipsParamsType } from "../../../../utils/validators"
import { listOrganizationMemberships } from "./helpers"

export const GET = async (req: OrganizationRequest<unknown, GetMembershipsParamsType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  res.json(await listOrganizationMemberships(req.scope, viewer.organization_id, listQueryOf(req), viewer))
}
