import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withPermissions } from "../../utils/memberships"
import type { StoreGetMyOrganizationsParamsType } from "./validators"

/** My organizations, each with my membership (role, permissions, status) in it. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyOrganizationsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "organization_membership",
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination.order ?? { created_at: "ASC" },
    },
  })

  const organizations = data
    .filter((membership) => membership.organization)
    .map(({ organization, ...membership }) => ({
      ...organization,
      membership: withPermissions(membership),
    }))

  res.json({ organizations, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}
