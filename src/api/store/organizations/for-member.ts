import { authenticate } from "@medusajs/framework/http"
import type { Permission } from "../../../lib/permissions"
import { requireOrganizationMember } from "../../utils/organization-guard"

export const authenticateCustomer = authenticate("customer", ["session", "bearer"])

/** Every organization route: a logged-in customer, then the one organization guard. */
export const forMember = (permission?: Permission) => [authenticateCustomer, requireOrganizationMember(permission)]
