import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { accountRequestService } from "../../common/module-services"

/**
 * A request is decided once: 404 for an unknown one, 409 for one already approved or
 * rejected, before anything is created for it. A read only; the decision step's row lock is
 * the guarantee when two decisions race.
 */
export const validateAccountRequestPendingStepId = "validate-account-request-pending"
export const validateAccountRequestPendingStep = createStep(
  validateAccountRequestPendingStepId,
  async (id: string, { container }) => {
    const [request] = await accountRequestService(container).listOrganizationAccountRequests(
      { id },
      { select: ["id", "status"] }
    )
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Account request with id: ${id} was not found`)
    }
    if (request.status !== "pending") {
      throw new ConflictError(`Account request ${id} was already ${request.status}`)
    }
    return new StepResponse({ id: request.id })
  }
)
