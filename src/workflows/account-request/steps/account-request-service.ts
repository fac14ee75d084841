import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCOUNT_REQUEST_MODULE } from "../../../modules/account-request"
import type AccountRequestModuleService from "../../../modules/account-request/service"

export const accountRequestService = (container: MedusaContainer): AccountRequestModuleService =>
  container.resolve(ACCOUNT_REQUEST_MODULE)
