import { Module } from "@medusajs/framework/utils"
import warnDefaultSecret from "./loaders/warn-default-secret"
import PortalAccessModuleService from "./service"

export const PORTAL_ACCESS_MODULE = "portalAccess"

export default Module(PORTAL_ACCESS_MODULE, {
  service: PortalAccessModuleService,
  loaders: [warnDefaultSecret],
})
