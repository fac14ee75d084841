import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitTokenAttempts } from "../../utils/rate-limit"
import { StoreAcceptInvitation } from "./validators"

export const storeInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/invitations/accept",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      limitTokenAttempts("invitation"),
      validateAndTransformBody(StoreAcceptInvitation),
    ],
  },
]
