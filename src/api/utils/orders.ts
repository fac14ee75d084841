import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { listInOrganization, listQueryOf } from "./graph"
import type { OrganizationRequest } from "./organization-guard"
import { refetchOrganization } from "./organizations"
import { orderSummaryFields } from "./query-configs"

/**
 * Which of an organization's orders the request sees (seed 000): the merchant and members
 * with orders.view_all all of them; other members their own and those of their locations.
 */
async function visibleOrders(req: AuthenticatedMedusaRequest, side: "admin" | "store") {
  if (side === "admin") {
    await refetchOrganization(req.params.id, req.scope, ["id"])
    return { organizationId: req.params.id, filter: {} }
  }
  const { organization_id, membership, permissions } = (req as OrganizationRequest).organization_context
  if (permissions.includes("orders.view_all")) return { organizationId: organization_id, filter: {} }
  const service: OrganizationModuleService = req.scope.resolve(ORGANIZATION_MODULE)
  const locationIds = await service.listMembershipLocationIds(membership.id)
  const own = { membership_id: membership.id }
  return {
    organizationId: organization_id,
    filter: locationIds.length ? { $or: [own, { location_id: locationIds }] } : own,
  }
}

/** `GET …/organizations/:id/orders`: newest first, filtered and paged in the database. */
export function organizationOrderRoutes(side: "admin" | "store") {
  return {
    GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const { organizationId, filter } = await visibleOrders(req, side)
      const query = listQueryOf(req)
      const { data, ...page } = await listInOrganization(req.scope, "organization_order", organizationId, {
        ...query,
        fields: [...query.fields, ...orderSummaryFields],
        filters: { ...query.filters, ...filter },
        defaultOrder: { created_at: "DESC" },
      })
      res.json({ orders: data, ...page })
    },
  }
}
