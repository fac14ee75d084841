import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { ORGANIZATION_STATUSES } from "../../../modules/organization/models/organization"
import { countryCode, metadata, optionalText, requiredText } from "../../utils/validators"

export const AdminGetOrganizationParams = createSelectParams()

export const AdminGetOrganizationsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().max(255).optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.union([z.enum(ORGANIZATION_STATUSES), z.array(z.enum(ORGANIZATION_STATUSES))]).optional(),
  country_code: z.union([countryCode, z.array(countryCode)]).optional(),
})

export const AdminCreateOrganization = z.object({
  name: requiredText(),
  legal_name: optionalText(),
  vat_number: optionalText(32),
  registration_number: optionalText(32),
  country_code: countryCode.nullish(),
  status: z.enum(ORGANIZATION_STATUSES).optional(),
  metadata: metadata.nullish(),
})

export type AdminGetOrganizationsParamsType = z.infer<typeof AdminGetOrganizationsParams>
export type AdminCreateOrganizationType = z.infer<typeof AdminCreateOrganization>
