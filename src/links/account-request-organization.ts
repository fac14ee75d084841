import { defineLink } from "@medusajs/framework/utils"
import AccountRequestModule from "../modules/account-request"
import OrganizationModule from "../modules/organization"

// Read-only: the request stores the organization its approval created (`account_request.organization`).
export default defineLink(
  { linkable: AccountRequestModule.linkable.organizationAccountRequest, field: "organization_id" },
  OrganizationModule.linkable.organization,
  { readOnly: true }
)
