import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  changeAccessCodeWorkflow,
  createAccessCodeWorkflow,
  createAssetWorkflow,
  regenerateAssetTokenWorkflow,
} from "../../workflows/portal-access"
import { listInOrganization, listQueryOf, retrieveOne } from "./graph"
import { refetchOrganization } from "./organizations"
import { runWorkflow } from "./run-workflow"
import type { ChangeAccessCodeType, CreateAccessCodeType, CreateAssetType } from "./validators"

// Admin routes of portal access (seed 003). A code or token is in the response that makes
// it, and nowhere else, ever.

const listRoute = (entity: string, key: string) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  const { data, ...page } = await listInOrganization(req.scope, entity, req.params.id, {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ [key]: data, ...page })
}

const refetch = (req: AuthenticatedMedusaRequest, entity: string, label: string, id: string) =>
  retrieveOne(req.scope, entity, label, id, { organization_id: req.params.id }, req.queryConfig.fields)

export const listAccessCodes = listRoute("portal_access_code", "access_codes")
export const listAssets = listRoute("portal_asset", "assets")

export async function createAccessCode(req: AuthenticatedMedusaRequest<CreateAccessCodeType>, res: MedusaResponse) {
  const { access_code, code } = await runWorkflow(createAccessCodeWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
  })
  res.json({ access_code: await refetch(req, "portal_access_code", "Access code", access_code.id), code })
}

/** `{ enabled }` switches the code; `{ regenerate: true }` answers the new code once. */
export async function changeAccessCode(req: AuthenticatedMedusaRequest<ChangeAccessCodeType>, res: MedusaResponse) {
  const { code } = await runWorkflow(changeAccessCodeWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
    id: req.params.code_id,
  })
  const access_code = await refetch(req, "portal_access_code", "Access code", req.params.code_id)
  res.json(code ? { access_code, code } : { access_code })
}

export async function createAsset(req: AuthenticatedMedusaRequest<CreateAssetType>, res: MedusaResponse) {
  const { asset, token } = await runWorkflow(createAssetWorkflow, req.scope, { ...req.validatedBody, organization_id: req.params.id })
  res.json({ asset: await refetch(req, "portal_asset", "Asset", asset.id), token })
}

export async function regenerateAssetToken(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { token } = await runWorkflow(regenerateAssetTokenWorkflow, req.scope, {
    organization_id: req.params.id,
    id: req.params.asset_id,
  })
  res.json({ asset: await refetch(req, "portal_asset", "Asset", req.params.asset_id), token })
}
