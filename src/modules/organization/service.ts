import { MedusaService } from "@medusajs/framework/utils"
import Organization from "./models/organization"

class OrganizationModuleService extends MedusaService({
  Organization,
}) {}

export default OrganizationModuleService
