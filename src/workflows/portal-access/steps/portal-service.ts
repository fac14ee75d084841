import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_ACCESS_MODULE } from "../../../modules/portal-access"
import type PortalAccessModuleService from "../../../modules/portal-access/service"

export const portalService = (container: MedusaContainer): PortalAccessModuleService =>
  container.resolve(PORTAL_ACCESS_MODULE)
