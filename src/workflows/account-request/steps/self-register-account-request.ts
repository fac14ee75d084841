import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { registrationModeOf } from "../../../lib/access-groups"
import { accessGroupService } from "../../common/module-services"
import { approveAccountRequestWorkflow } from "../workflows/approve-account-request"

/** Who approved a self-registration: the `open` group, not a person. */
export const SELF_REGISTRATION = "self-registration"

type Registration = { status: "pending" | "approved" }

/**
 * Seed 001: a company asking through a sales channel whose groups are all `open` is
 * registered at once (the approval workflow, decided by `self-registration`); otherwise the
 * request waits for the merchant. A failed approval undoes itself (its own compensation) and
 * leaves the request pending for the merchant: the request was taken either way. Last step
 * of its workflow, so nothing after it can fail and ask for an undo.
 */
export const selfRegisterAccountRequestStepId = "self-register-account-request"
export const selfRegisterAccountRequestStep = createStep(
  selfRegisterAccountRequestStepId,
  async ({ id, sales_channel_id }: { id: string; sales_channel_id?: string | null }, { container }): Promise<StepResponse<Registration>> => {
    const groups = sales_channel_id ? await accessGroupService(container).listChannelGroups([sales_channel_id]) : []
    if (registrationModeOf(groups) !== "open") return new StepResponse<Registration>({ status: "pending" })
    const { errors } = await approveAccountRequestWorkflow(container).run({
      input: { id, decided_by: SELF_REGISTRATION },
      throwOnError: false,
    })
    if (errors.length) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Self-registration of account request ${id} failed, left pending: ${errors[0].error?.message}`)
      return new StepResponse<Registration>({ status: "pending" })
    }
    return new StepResponse<Registration>({ status: "approved" })
  }
)
