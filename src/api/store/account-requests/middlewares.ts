import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateAccountRequest } from "./validators"

export const storeAccountRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/account-requests",
    middlewares: [validateAndTransformBody(StoreCreateAccountRequest)],
  },
]
