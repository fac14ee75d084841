import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { spendingOfMember } from "../../../../../../resources/members/spending"

/** A member's spending limit this period: per currency, what it allows, what was spent, what is left. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await spendingOfMember(req.scope, req.params.id, req.params.membership_id))
}
