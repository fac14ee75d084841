import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitTokenAttempts } from "../../utils/rate-limit"
import { StoreActivateAccount } from "./validators"

export const storeActivationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/activations",
    middlewares: [
      limitTokenAttempts("activation"),
      // After the limiter, which then counts tries per client address, not per (free) login.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreActivateAccount),
    ],
  },
]
