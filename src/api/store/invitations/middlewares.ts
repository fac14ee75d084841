import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAcceptInvitation } from "./validators"

export const storeInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/invitations/accept",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreAcceptInvitation),
    ],
  },
]
