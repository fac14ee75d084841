import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { channelGroups, registrationModeOf } from "../../../lib/access-groups"
import {
  approveAccountRequestWorkflow,
  createAccountRequestWorkflow,
} from "../../../workflows/account-request"
import { runWorkflow } from "../../utils/run-workflow"
import type { StoreCreateAccountRequestType } from "./validators"

/** Who approved a self-registration: the `open` group, not a person. */
export const SELF_REGISTRATION = "self-registration"

/**
 * Public (publishable key only). Through a sales channel whose groups are all `open` the
 * company is registered at once; otherwise the request waits for the merchant. The answer
 * never says whether the e-mail already has a customer account.
 */
export const POST = async (req: MedusaStoreRequest<StoreCreateAccountRequestType>, res: MedusaResponse) => {
  const { company, contact } = req.validatedBody
  const salesChannelId = req.publishable_key_context.sales_channel_ids[0] ?? null
  const request = await runWorkflow(createAccountRequestWorkflow, req.scope, {
    company_name: company.name,
    vat_number: company.vat_number,
    registration_number: company.registration_number,
    country_code: company.country_code,
    address: company.address ?? null,
    first_name: contact.first_name,
    last_name: contact.last_name,
    email: contact.email,
    phone: contact.phone ?? null,
    sales_channel_id: salesChannelId,
  } as any)

  let status = request.status
  const groups = salesChannelId ? await channelGroups(req.scope, [salesChannelId]) : []
  if (registrationModeOf(groups) === "open") {
    try {
      await runWorkflow(approveAccountRequestWorkflow, req.scope, { id: request.id, decided_by: SELF_REGISTRATION })
      status = "approved"
    } catch (error) {
      // Nothing of the approval remains (compensation); the merchant can still decide.
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Self-registration of account request ${request.id} failed, left pending: ${(error as Error).message}`)
    }
  }
  res.json({
    account_request: {
      id: request.id,
      status,
      company_name: request.company_name,
      email: request.email,
      created_at: request.created_at,
    },
  })
}
