import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import type { CreateAccountRequestDTO } from "../../../modules/account-request/types"
import { accountRequestService } from "../../common/module-services"

export const createAccountRequestStepId = "create-account-request"

export const createAccountRequestStep = createStep(
  createAccountRequestStepId,
  async (data: CreateAccountRequestDTO, { container }) => {
    const service = accountRequestService(container)
    const email = data.email.toLowerCase()
    // A friendly 409; the unique index on pending e-mails is the real guarantee.
    const pending = await service.listOrganizationAccountRequests({ email, status: "pending" }, { select: ["id"] })
    if (pending.length) {
      throw new ConflictError(`An account request for ${email} is already waiting for a decision`)
    }
    const request = await service.createOrganizationAccountRequests({ ...data, email })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountRequestService(container).deleteOrganizationAccountRequests(id)
  }
)
