import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEntitlement } from "../../../../../resources/entitlements/query-config"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { deleteEntitlementWorkflow, updateEntitlementWorkflow } from "../../../../../../workflows/entitlement"
import { seatsValue, type UpdateEntitlementType } from "../validators"

/** `POST /admin/organizations/:id/entitlements/:entitlement_id`: fewer seats than in use is a 409. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateEntitlementType>, res: MedusaResponse) {
  const { seats, ...rest } = req.validatedBody
  await runWorkflow(updateEntitlementWorkflow, req.scope, {
    ...rest,
    ...(seats === undefined ? {} : { seats: seatsValue(seats) }),
    organization_id: req.params.id,
    id: req.params.entitlement_id,
  })
  res.json({ entitlement: await refetchEntitlement(req.scope, req.params.id, req.params.entitlement_id, req.queryConfig.fields) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await runWorkflow(deleteEntitlementWorkflow, req.scope, { organization_id: req.params.id, id: req.params.entitlement_id })
  res.json({ id: req.params.entitlement_id, object: "entitlement", deleted: true })
}
