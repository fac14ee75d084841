import { defineMiddlewares } from "@medusajs/framework/http"
import { b2bErrorHandler } from "./error-handler"
import { singleUseResetToken } from "./utils/single-use-reset-token"
import { transportGuard } from "./utils/transport-guard"
import { adminSalesChannelRoutesMiddlewares } from "./admin/sales-channels/middlewares"
import { adminCustomerRoutesMiddlewares } from "./admin/customers/middlewares"
import { adminApprovalRoutesMiddlewares } from "./admin/approvals/middlewares"
import { adminAccessGroupRoutesMiddlewares } from "./admin/access-groups/middlewares"
import { adminAccountRequestRoutesMiddlewares } from "./admin/account-requests/middlewares"
import { adminOrganizationRoutesMiddlewares } from "./admin/organizations/middlewares"
import { storePortalRoutesMiddlewares } from "./store/portal/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeActivationRoutesMiddlewares } from "./store/activations/middlewares"
import { storeAccountRequestRoutesMiddlewares } from "./store/account-requests/middlewares"
import { storeInvitationRoutesMiddlewares } from "./store/invitations/middlewares"
import { storeOrganizationRoutesMiddlewares } from "./store/organizations/middlewares"
import { authRoutesMiddlewares } from "./auth/middlewares"
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"

/**
 * Every path the plugin serves. Its transport rules (JSON-only writes, no control characters,
 * bounded nesting, no encoded controls in ids) run first there: a middleware without `method`
 * is global, and Medusa runs global middlewares before the routes' own (validators, limits).
 */
export const PLUGIN_PATHS = [
  "/admin/organizations",
  "/admin/account-requests",
  "/admin/access-groups",
  "/admin/approvals",
  "/admin/customers/:id/organization-memberships",
  "/admin/b2b",
  "/admin/sales-channels/:id/b2b-settings",
  "/store/organizations",
  "/store/account-requests",
  "/store/activations",
  "/store/invitations",
  "/store/portal",
  "/store/carts/:id/approval",
] as const

export default defineMiddlewares({
  // Answers the plugin's coded refusals (`{ type, code, message }`), the rest as Medusa does.
  errorHandler: b2bErrorHandler(),
  routes: [
    ...PLUGIN_PATHS.map((matcher) => ({ matcher, middlewares: [transportGuard()] })),
    // Set-password links (member activations, batch invitations) work once, also in parallel.
    { matcher: "/auth/customer/emailpass/update", method: ["POST"], middlewares: [singleUseResetToken()] },
    ...adminOrganizationRoutesMiddlewares,
    ...storeOrganizationRoutesMiddlewares,
    ...storeInvitationRoutesMiddlewares,
    ...adminAccountRequestRoutesMiddlewares,
    ...adminAccessGroupRoutesMiddlewares,
    ...adminApprovalRoutesMiddlewares,
    ...adminCustomerRoutesMiddlewares,
    ...adminSalesChannelRoutesMiddlewares,
    ...storeAccountRequestRoutesMiddlewares,
    ...storeActivationRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storePortalRoutesMiddlewares,
    ...authRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
  ],
})
