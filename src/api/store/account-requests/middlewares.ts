import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitAttempts } from "../../utils/rate-limit"
import { StoreCreateAccountRequest } from "./validators"

export const storeAccountRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/account-requests",
    middlewares: [
      // Invalid forms are refused before they are counted; other refusals (a pending duplicate) are given back.
      validateAndTransformBody(StoreCreateAccountRequest),
      limitAttempts("account-request", (options) => options.accountRequestLimit, { acceptedOnly: true, what: "account requests" }),
    ],
  },
]
