import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { entitlementQueryConfigs, libraryQueryConfig, retrieveEntitlementQuery } from "../../../../resources/entitlements/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetEntitlementsParams } from "../../../../resources/entitlements/validators"
import { GetLibraryParams } from "../library/validators"
import { AssignSeat } from "./validators"
import { forMember } from "../../for-member"

// Entitlements, seats and the library they open.
export const storeEntitlementRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/entitlements",
    middlewares: [...forMember(), validateQuery(GetEntitlementsParams, entitlementQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats",
    middlewares: [...forMember("entitlements.manage"), validateAndTransformBody(AssignSeat), retrieveEntitlementQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats/:seat_id",
    middlewares: forMember("entitlements.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/library",
    middlewares: [...forMember("library.view"), validateQuery(GetLibraryParams, libraryQueryConfig)],
  },
]
