import type { MedusaResponse } from "@medusajs/framework/http"
import { withUsage, type EntitlementRecord } from "../../../../resources/entitlements/query-config"
import { listInOrganization, listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { heldEntitlementIds } from "../../../../resources/entitlements/reads"

/** `GET /store/organizations/:id/entitlements`: managers all, with seats; others the ones they hold. */
export async function GET(req: OrganizationRequest, res: MedusaResponse) {
  const { organization_id, membership, permissions } = req.organization_context
  const query = listQueryOf(req)
  const manager = permissions.includes("entitlements.manage")
  const filters = manager ? query.filters : { ...query.filters, id: await heldEntitlementIds(req.scope, membership.id) }
  const { data, ...page } = await listInOrganization(req.scope, "entitlement", organization_id, {
    ...query,
    filters,
    defaultOrder: { created_at: "DESC" },
  })
  const entitlements = (data as EntitlementRecord[]).map(withUsage).map((entitlement) =>
    // Members see their own seat, not who else has one.
    manager ? entitlement : { ...entitlement, assignments: entitlement.assignments?.filter((a) => a.membership_id === membership.id) }
  )
  res.json({ entitlements, ...page })
}
