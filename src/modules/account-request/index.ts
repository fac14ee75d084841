import { Module } from "@medusajs/framework/utils"
import AccountRequestModuleService from "./service"

export const ACCOUNT_REQUEST_MODULE = "account_request"

export default Module(ACCOUNT_REQUEST_MODULE, {
  service: AccountRequestModuleService,
})
