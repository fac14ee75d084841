import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCESS_GROUP_MODULE } from "../../../modules/access-group"
import type AccessGroupModuleService from "../../../modules/access-group/service"

export const accessGroupService = (container: MedusaContainer): AccessGroupModuleService =>
  container.resolve(ACCESS_GROUP_MODULE)
