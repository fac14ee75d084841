import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeAccessGroupMembersWorkflow } from "../../../../../workflows/access-group"
import { runWorkflow } from "../../../../utils/run-workflow"
import { listAccessGroupMembers, refetchAccessGroup } from "../../helpers"
import type { AdminChangeAccessGroupMembersType } from "../../validators"

/** One page of the group's customers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listAccessGroupMembers(req, "customers"))
}

/** `{ add, remove }` batches; adding a present one or removing an absent one changes nothing. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminChangeAccessGroupMembersType>, res: MedusaResponse) => {
  await runWorkflow(changeAccessGroupMembersWorkflow, req.scope, {
    access_group_id: req.params.id,
    resource: "customers",
    ...req.validatedBody,
  })
  res.json({ access_group: await refetchAccessGroup(req.scope, req.params.id, req.queryConfig.fields) })
}
