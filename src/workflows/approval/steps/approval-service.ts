import type { MedusaContainer } from "@medusajs/framework/types"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"

export const approvalService = (container: MedusaContainer): ApprovalModuleService => container.resolve(APPROVAL_MODULE)
