import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrganizationModule from "../modules/organization"

// One organization record per order, both ways through query.graph: `order.organization_order`
// (organization, location, placing member: admin widgets, ERP sync) and `organization_order.order`.
export default defineLink(OrganizationModule.linkable.organizationOrder, OrderModule.linkable.order, {
  database: { table: "b2b_organization_order_order" },
})
