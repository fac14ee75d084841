import type { MedusaContainer } from "@medusajs/framework/types"
import { ENTITLEMENT_MODULE } from "../../../modules/entitlement"
import type EntitlementModuleService from "../../../modules/entitlement/service"

export const entitlementService = (container: MedusaContainer): EntitlementModuleService =>
  container.resolve(ENTITLEMENT_MODULE)
