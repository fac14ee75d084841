import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AccountRequestModule from "../modules/account-request"

// Read-only: the request stores the contact's customer once approved (`account_request.customer`).
export default defineLink(
  { linkable: AccountRequestModule.linkable.organizationAccountRequest, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
