import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { createAccountRequestWorkflow } from "../../../workflows/account-request"
import { runWorkflow } from "../../utils/run-workflow"
import type { StoreCreateAccountRequestType } from "./validators"

export { SELF_REGISTRATION } from "../../../workflows/account-request"

/**
 * Public (publishable key only). Through a sales channel whose groups are all `open` the
 * company is registered at once; otherwise the request waits for the merchant (the
 * workflow decides). The answer never says whether the e-mail already has a customer account.
 */
export const POST = async (req: MedusaStoreRequest<StoreCreateAccountRequestType>, res: MedusaResponse) => {
  const { company, contact } = req.validatedBody
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
    sales_channel_id: req.publishable_key_context.sales_channel_ids[0] ?? null,
  })
  res.json({
    account_request: {
      id: request.id,
      status: request.status,
      company_name: request.company_name,
      email: request.email,
      created_at: request.created_at,
    },
  })
}
