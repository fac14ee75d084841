import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import OrganizationModule from "../modules/organization"

// Read-only: the membership stores customer_id itself, so query.graph can return a
// membership's customer (e-mail, name) without a pivot table to keep in sync.
export default defineLink(
  { linkable: OrganizationModule.linkable.organizationMembership, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
