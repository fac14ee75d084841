import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitTokenAttempts } from "../../utils/rate-limit"
import { StoreActivateAccount } from "./validators"

export const storeActivationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/activations",
    middlewares: [limitTokenAttempts("activation"), validateAndTransformBody(StoreActivateAccount)],
  },
]
