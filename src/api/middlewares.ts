import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOrganizationRoutesMiddlewares } from "./admin/organizations/middlewares"

export default defineMiddlewares({
  routes: [...adminOrganizationRoutesMiddlewares],
})
