import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACCESS_GROUP_MODULE } from "../../../modules/access-group"
import type AccessGroupModuleService from "../../../modules/access-group/service"
import { MEMBERSHIP_STATUSES } from "../../../modules/organization/models/membership"
import { listPage } from "../../utils/graph"
import { verifiedCustomerId } from "../../utils/verified-customer"
import { withPermissions } from "../../resources/members/reads"
import type { StoreGetMyOrganizationsParamsType } from "./validators"

/** My organizations, each with my membership (role, permissions, status) in it. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyOrganizationsParamsType>,
  res: MedusaResponse
) => {
  // Only organizations this storefront's access groups admit the customer for (as on every
  // organization route); the others are left out, not refused.
  // A login that is not the record's e-mail acts for no organization (lib/login-proof).
  const customerId = await verifiedCustomerId(req)
  if (!customerId) {
    const { take, skip } = req.queryConfig.pagination
    return res.json({ organizations: [], count: 0, limit: take, offset: skip })
  }
  const admitted = await req.scope.resolve<AccessGroupModuleService>(ACCESS_GROUP_MODULE).listAdmittedOrganizationIds(
    req.publishable_key_context?.sales_channel_ids ?? [],
    customerId
  )
  const { data, ...page } = await listPage(req.scope, "organization_membership", {
    fields: req.queryConfig.fields,
    // Not the pending ones: an approval's membership shows once its e-mailed link was used.
    filters: { customer_id: customerId, status: [...MEMBERSHIP_STATUSES], ...(admitted ? { organization_id: admitted } : {}) },
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
