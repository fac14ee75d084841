import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requirePortalSession } from "../../utils/portal"
import { limitPortalCodeAttempts } from "../../utils/rate-limit"
import { GetPortalListParams } from "../../resources/portal/validators"
import { OpenPortalSession } from "./validators"

const page = validateAndTransformQuery(GetPortalListParams, { defaults: ["id"], defaultLimit: 20, isList: true })

// Read-only by construction: the portal has GET routes and the session route, nothing else.
export const storePortalRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/portal/sessions",
    // A malformed body is no guess at a code: it is refused before the limiter counts.
    middlewares: [validateAndTransformBody(OpenPortalSession), limitPortalCodeAttempts("portal-session")],
  },
  { method: ["GET"], matcher: "/store/portal", middlewares: [requirePortalSession] },
  { method: ["GET"], matcher: "/store/portal/orders", middlewares: [requirePortalSession, page] },
  { method: ["GET"], matcher: "/store/portal/assets", middlewares: [requirePortalSession, page] },
]
