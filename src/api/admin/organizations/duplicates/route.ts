import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkCompanyNumbers } from "../../../../lib/company-numbers"
import { findDuplicateOrganizations } from "../../../../workflows/account-request"
import type { AdminGetDuplicatesParamsType } from "../validators"

/**
 * Organizations sharing the VAT or registration number typed in the create drawer. The numbers
 * are normalized as on create (with `country_code` when given); a number that is not valid yet
 * is compared as typed, compacted.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetDuplicatesParamsType>, res: MedusaResponse) => {
  const { vat_number, registration_number, country_code } = req.validatedQuery as AdminGetDuplicatesParamsType
  const { normalized } = checkCompanyNumbers({ vat_number, registration_number, country_code })
  const organizations = await findDuplicateOrganizations(req.scope, {
    vat_number: normalized.vat_number ?? vat_number,
    registration_number: normalized.registration_number ?? registration_number,
  })
  res.json({ organizations })
}
