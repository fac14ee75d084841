import { Module } from "@medusajs/framework/utils"
import warnNoEmailProvider from "./loaders/warn-no-email-provider"
import OrganizationModuleService from "./service"

export const ORGANIZATION_MODULE = "organization"

export default Module(ORGANIZATION_MODULE, {
  service: OrganizationModuleService,
  loaders: [warnNoEmailProvider],
})
