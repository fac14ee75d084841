import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AccessGroupModule from "../modules/access-group"

// A fixed table name: the store guard checks group access with one query on it.
export default defineLink(
  { linkable: AccessGroupModule.linkable.organizationAccessGroup, isList: true },
  { linkable: CustomerModule.linkable.customer, isList: true },
  { database: { table: "b2b_access_group_customer" } }
)
