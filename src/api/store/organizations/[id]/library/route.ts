import type { MedusaResponse } from "@medusajs/framework/http"
import { libraryProductFields } from "../../../../resources/entitlements/query-config"
import { listInOrganization, listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { heldEntitlementIds } from "../../../../resources/entitlements/reads"

type Publication = { id: string; title: string; ends_at: Date | string | null; product?: Record<string, unknown> | null }

/** `GET /store/organizations/:id/library`: products of running subscriptions the member has a seat in. */
export async function GET(req: OrganizationRequest, res: MedusaResponse) {
  const { organization_id, membership } = req.organization_context
  const now = new Date()
  const query = listQueryOf(req)
  const { data, ...page } = await listInOrganization(req.scope, "entitlement", organization_id, {
    ...query,
    // The product through the entitlement → product link (src/links/entitlement-product.ts).
    fields: [...query.fields, ...libraryProductFields.map((field) => `product.${field}`)],
    filters: {
      id: await heldEntitlementIds(req.scope, membership.id),
      kind: "subscription",
      starts_at: { $lte: now },
      $or: [{ ends_at: null }, { ends_at: { $gt: now } }],
    },
    defaultOrder: { created_at: "DESC" },
  })
  const publications = (data as Publication[]).map((e) => ({
    entitlement_id: e.id,
    title: e.title,
    ends_at: e.ends_at,
    product: e.product ?? null,
  }))
  res.json({ publications, ...page })
}
