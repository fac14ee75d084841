import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrganization } from "../../../utils/organizations"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const organization = await refetchOrganization(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ organization })
}
