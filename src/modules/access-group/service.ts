import { MedusaService } from "@medusajs/framework/utils"
import AccessGroup from "./models/access-group"
import type { AccessGroupDTO } from "./types"

// The key names the generated methods (listOrganizationAccessGroups, …) and keeps the model's
// graph name (`organization_access_group`) and link columns from the organization module.
class AccessGroupModuleService extends MedusaService<{
  OrganizationAccessGroup: { dto: AccessGroupDTO }
}>({ OrganizationAccessGroup: AccessGroup }) {}

export default AccessGroupModuleService
