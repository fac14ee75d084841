import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { REFUSAL } from "../../../lib/refusal-codes"
import { fingerprintCart } from "../../cart/approval-rules"
import { organizationService } from "../../common/module-services"
import type { RetrievedApproval } from "./retrieve-approval"

/**
 * A decision is about what was asked: refused (409 `approval_stale`) when the cart no longer
 * matches the request's fingerprint (the approver is shown the requested snapshot, so it would
 * decide about something else), or when the membership that asked is gone (removed; a customer
 * added again is a new membership and asks again). A cart changing after this check is
 * harmless: completion needs the cart to match the approved fingerprint again.
 */
export const validateApprovalCurrentStepId = "validate-approval-current"
export const validateApprovalCurrentStep = createStep(
  validateApprovalCurrentStepId,
  async ({ approval }: { approval: RetrievedApproval }, { container }) => {
    const [requester] = await organizationService(container).listOrganizationMemberships(
      { id: approval.requested_by, organization_id: approval.organization_id },
      { select: ["id"] }
    )
    if (!requester) {
      throw new ConflictError(
        `Approval ${approval.id} is void: the member who asked is no longer in the organization and must ask again`,
        REFUSAL.approval_stale
      )
    }
    const cart = await fingerprintCart(container, approval.cart_id).catch(() => null)
    if (cart?.fingerprint !== approval.fingerprint) {
      throw new ConflictError(
        `The cart changed since approval ${approval.id} was requested: it is no longer what was asked, so the member must ask again`,
        REFUSAL.approval_stale
      )
    }
    return new StepResponse(null)
  }
)
