import { model } from "@medusajs/framework/utils"
import { ACCOUNT_REQUEST_STATUSES } from "../../../lib/constants"
export { ACCOUNT_REQUEST_STATUSES }

/** A company asking for an organization account (seed 001); the merchant decides. */
const AccountRequest = model
  .define("organization_account_request", {
    id: model.id({ prefix: "accreq" }).primaryKey(),
    status: model.enum([...ACCOUNT_REQUEST_STATUSES]).default("pending"),
    company_name: model.text().searchable(),
    vat_number: model.text().searchable(),
    registration_number: model.text().searchable(),
    country_code: model.text(),
    address: model.json().nullable(),
    first_name: model.text(),
    last_name: model.text(),
    // Lower-cased.
    email: model.text().searchable(),
    phone: model.text().nullable(),
    // The storefront's sales channel, from the publishable key.
    sales_channel_id: model.text().nullable(),
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    organization_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    // Activation link (option 1 of seed 001): only its hash is kept; single-use.
    activation_token_hash: model.text().nullable(),
    activation_expires_at: model.dateTime().nullable(),
    activated_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    // One pending request per e-mail address.
    { on: ["email"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["activation_token_hash"], unique: true, where: "activation_token_hash IS NOT NULL" },
  ])

export default AccountRequest
