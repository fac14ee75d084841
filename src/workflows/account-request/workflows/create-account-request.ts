import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { AccountRequestEvents } from "../../../lib/events"
import type { CreateAccountRequestDTO } from "../../../modules/account-request/types"
import { stripAdditionalData } from "../../common/utils/additional-data"
import { createAccountRequestStep } from "../steps/create-account-request"
import { selfRegisterAccountRequestStep } from "../steps/self-register-account-request"
import { validateCompanyNumbersStep } from "../steps/validate-company-numbers"

export type CreateAccountRequestWorkflowInput = CreateAccountRequestDTO & AdditionalData

export const createAccountRequestWorkflowId = "create-account-request"

/**
 * A company asks for an account: what it filled in, and the storefront's sales channel.
 * Numbers are checked (400 naming the field), one pending request per e-mail (409), and
 * through a channel whose groups are all `open` the request is approved at once; the result's
 * `status` says which. Hook `accountRequestCreated` receives `{ account_request, additional_data }`.
 */
export const createAccountRequestWorkflow = createWorkflow(
  createAccountRequestWorkflowId,
  (input: CreateAccountRequestWorkflowInput) => {
    const numbers = validateCompanyNumbersStep(input)
    const data = transform({ input, numbers }, ({ input, numbers }) => ({ ...stripAdditionalData(input), ...numbers }))
    const request = createAccountRequestStep(data)
    const eventData = transform({ request }, ({ request }) => ({ id: request.id }))
    emitEventStep({ eventName: AccountRequestEvents.CREATED, data: eventData })
    const registration = transform({ request }, ({ request }) => ({
      id: request.id,
      sales_channel_id: request.sales_channel_id,
    }))
    const registered = selfRegisterAccountRequestStep(registration)
    const result = transform({ request, registered }, ({ request, registered }) => ({
      ...request,
      status: registered.status,
    }))
    const accountRequestCreated = createHook("accountRequestCreated", {
      account_request: result,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, { hooks: [accountRequestCreated] })
  }
)
