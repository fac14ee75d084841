import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitAttempts } from "../../utils/rate-limit"
import { StoreCreateAccountRequest } from "./validators"

export const storeAccountRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/account-requests",
    middlewares: [
      limitAttempts("account-request", (options) => options.accountRequestLimit),
      validateAndTransformBody(StoreCreateAccountRequest),
    ],
  },
]
