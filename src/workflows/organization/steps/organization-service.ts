import type { MedusaContainer } from "@medusajs/framework/types"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"

export const organizationService = (container: MedusaContainer): OrganizationModuleService =>
  container.resolve(ORGANIZATION_MODULE)
