import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCESS_GROUP_MODULE } from "../../modules/access-group"
import type AccessGroupModuleService from "../../modules/access-group/service"
import { ACCOUNT_REQUEST_MODULE } from "../../modules/account-request"
import type AccountRequestModuleService from "../../modules/account-request/service"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import { ENTITLEMENT_MODULE } from "../../modules/entitlement"
import type EntitlementModuleService from "../../modules/entitlement/service"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"

// The plugin's module services, typed, for steps and workflows (Medusa's own modules are
// resolved by their `Modules` key where they are used).

export const accessGroupService = (container: MedusaContainer): AccessGroupModuleService => container.resolve(ACCESS_GROUP_MODULE)

export const accountRequestService = (container: MedusaContainer): AccountRequestModuleService =>
  container.resolve(ACCOUNT_REQUEST_MODULE)

export const approvalService = (container: MedusaContainer): ApprovalModuleService => container.resolve(APPROVAL_MODULE)

export const entitlementService = (container: MedusaContainer): EntitlementModuleService => container.resolve(ENTITLEMENT_MODULE)

export const organizationService = (container: MedusaContainer): OrganizationModuleService => container.resolve(ORGANIZATION_MODULE)

export const portalService = (container: MedusaContainer): PortalAccessModuleService => container.resolve(PORTAL_ACCESS_MODULE)
