import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOrganizationRoutesMiddlewares } from "./admin/organizations/middlewares"
import { storeInvitationRoutesMiddlewares } from "./store/invitations/middlewares"
import { storeOrganizationRoutesMiddlewares } from "./store/organizations/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminOrganizationRoutesMiddlewares,
    ...storeOrganizationRoutesMiddlewares,
    ...storeInvitationRoutesMiddlewares,
  ],
})
