import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage, listQueryOf } from "../../../../utils/graph"
import { withPermissionFields, withPermissions } from "../../../../resources/members/reads"

/** A customer's memberships in every organization (the customer page's widget). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = listQueryOf(req)
  const { data, ...page } = await listPage(req.scope, "organization_membership", {
    ...query,
    fields: withPermissionFields([...query.fields, "organization.id", "organization.name", "organization.status"]),
    filters: { ...query.filters, customer_id: req.params.id },
    defaultOrder: { created_at: "ASC" },
  })
  res.json({ memberships: data.map(withPermissions), ...page })
}
