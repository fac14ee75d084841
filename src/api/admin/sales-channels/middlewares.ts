import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpdateSalesChannelSettings } from "./[id]/b2b-settings/validators"

export const adminSalesChannelRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/sales-channels/:id/b2b-settings",
    middlewares: [validateAndTransformBody(AdminUpdateSalesChannelSettings)],
  },
]
