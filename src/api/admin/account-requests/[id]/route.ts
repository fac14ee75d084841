import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findDuplicateOrganizations } from "../../../../workflows/account-request"
import { refetchAccountRequest } from "../helpers"

/** The request and the organizations that share its VAT or registration number (`possible_duplicates`). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const request = await refetchAccountRequest(req.scope, req.params.id, [
    ...new Set([...req.queryConfig.fields, "vat_number", "registration_number"]),
  ])
  const possible_duplicates = await findDuplicateOrganizations(req.scope, {
    vat_number: request.vat_number as string,
    registration_number: request.registration_number as string,
  })
  const asked = new Set(req.queryConfig.fields)
  const account_request = Object.fromEntries(
    Object.entries(request).filter(([key]) => asked.has(key) || !["vat_number", "registration_number"].includes(key))
  )
  res.json({ account_request: { ...account_request, possible_duplicates } })
}
