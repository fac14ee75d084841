import type { MedusaResponse } from "@medusajs/framework/http"
import type { OrganizationRequest } from "../../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../../utils/run-workflow"
import { freeSeatsWorkflow } from "../../../../../../../../workflows/entitlement"

/** `DELETE …/entitlements/:entitlement_id/seats/:seat_id`: 404 unless the seat is of that entitlement. */
export async function DELETE(req: OrganizationRequest, res: MedusaResponse) {
  await runWorkflow(freeSeatsWorkflow, req.scope, {
    organization_id: req.organization_context.organization_id,
    entitlement_id: req.params.entitlement_id,
    seat_id: req.params.seat_id,
  })
  res.json({ id: req.params.seat_id, object: "seat", deleted: true })
}
