import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/graph"
import { withPermissions } from "../../utils/memberships"
import type { StoreGetMyOrganizationsParamsType } from "./validators"

/** My organizations, each with my membership (role, permissions, status) in it. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyOrganizationsParamsType>,
  res: MedusaResponse
) => {
  const { data, ...page } = await listPage(req.scope, "organization_membership", {
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
    defaultOrder: { created_at: "ASC" },
  })

  const organizations = data
    .filter((membership) => membership.organization)
    .map(({ organization, ...membership }) => ({
      ...organization,
      membership: withPermissions(membership),
    }))

  res.json({ organizations, ...page })
}
