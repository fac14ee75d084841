import type { MedusaResponse } from "@medusajs/framework/http"
import { refetchEntitlement } from "../../../../../../resources/entitlements/query-config"
import type { OrganizationRequest } from "../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { assignSeatWorkflow } from "../../../../../../../workflows/entitlement"
import type { AssignSeatType } from "../../validators"

/** `POST …/entitlements/:entitlement_id/seats`: a member of the organization, or an outside participant. */
export async function POST(req: OrganizationRequest<AssignSeatType>, res: MedusaResponse) {
  const { organization_id } = req.organization_context
  const { membership_id, participant } = req.validatedBody
  const seat = await runWorkflow(assignSeatWorkflow, req.scope, {
    organization_id,
    entitlement_id: req.params.entitlement_id,
    holder: participant ? { participant_name: participant.name, participant_email: participant.email } : { membership_id: membership_id! },
  })
  res.json({
    // One shape whoever holds it (a member, or a named outside participant).
    seat: {
      id: seat.id,
      entitlement_id: seat.entitlement_id,
      membership_id: seat.membership_id ?? null,
      participant_name: seat.participant_name ?? null,
      participant_email: seat.participant_email ?? null,
    },
    entitlement: await refetchEntitlement(req.scope, organization_id, req.params.entitlement_id, req.queryConfig.fields),
  })
}
