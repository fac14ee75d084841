import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAccessGroupWorkflow } from "../../../workflows/access-group"
import { refetchAccessGroup } from "./helpers"
import { listPage, listQueryOf } from "../../utils/graph"
import { runWorkflow } from "../../utils/run-workflow"
import type { AdminCreateAccessGroupType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: access_groups, ...page } = await listPage(req.scope, "organization_access_group", {
    ...listQueryOf(req),
    defaultOrder: { name: "ASC" },
  })
  res.json({ access_groups, ...page })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAccessGroupType>, res: MedusaResponse) => {
  const group = await runWorkflow(createAccessGroupWorkflow, req.scope, req.validatedBody)
  res.json({ access_group: await refetchAccessGroup(req.scope, group.id, req.queryConfig.fields) })
}
