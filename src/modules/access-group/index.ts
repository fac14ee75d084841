import { Module } from "@medusajs/framework/utils"
import AccessGroupModuleService from "./service"

export const ACCESS_GROUP_MODULE = "access_group"

export default Module(ACCESS_GROUP_MODULE, {
  service: AccessGroupModuleService,
})
