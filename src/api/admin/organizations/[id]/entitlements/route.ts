import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEntitlement, withUsage, type EntitlementRecord } from "../../../../resources/entitlements/query-config"
import { listInOrganization, listQueryOf, retrieveOne } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import { createEntitlementWorkflow } from "../../../../../workflows/entitlement"
import { seatsValue, type CreateEntitlementType } from "./validators"

/** `GET /admin/organizations/:id/entitlements`: every entitlement, with its seats and usage. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOne(req.scope, "organization", "Organization", req.params.id, {}, ["id"])
  const { data, ...page } = await listInOrganization(req.scope, "entitlement", req.params.id, {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ entitlements: (data as EntitlementRecord[]).map(withUsage), ...page })
}

/** `POST /admin/organizations/:id/entitlements`: the merchant grants one by hand. */
export async function POST(req: AuthenticatedMedusaRequest<CreateEntitlementType>, res: MedusaResponse) {
  const { seats, ...rest } = req.validatedBody
  const created = await runWorkflow(createEntitlementWorkflow, req.scope, {
    ...rest,
    organization_id: req.params.id,
    seats: seatsValue(seats),
  })
  res.json({ entitlement: await refetchEntitlement(req.scope, req.params.id, created.id, req.queryConfig.fields) })
}
