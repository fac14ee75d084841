import { defineMiddlewares } from "@medusajs/framework/http"
import { b2bErrorHandler } from "./error-handler"
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
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"

export default defineMiddlewares({
  // Answers the plugin's coded refusals (`{ type, code, message }`), the rest as Medusa does.
  errorHandler: b2bErrorHandler(),
  routes: [
    ...adminOrganizationRoutesMiddlewares,
    ...storeOrganizationRoutesMiddlewares,
    ...storeInvitationRoutesMiddlewares,
    ...adminAccountRequestRoutesMiddlewares,
    ...adminAccessGroupRoutesMiddlewares,
    ...adminApprovalRoutesMiddlewares,
    ...adminCustomerRoutesMiddlewares,
    ...storeAccountRequestRoutesMiddlewares,
    ...storeActivationRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storePortalRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
  ],
})
