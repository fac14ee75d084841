import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { locationQueryConfigs, retrieveLocationQuery } from "../../../../resources/locations/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { CreateLocation, GetLocationsParams, UpdateLocation } from "../../../../resources/locations/validators"
import { forMember } from "../../for-member"

export const storeLocationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/locations",
    middlewares: [...forMember(), validateQuery(GetLocationsParams, locationQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(CreateLocation), retrieveLocationQuery.store],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember(), retrieveLocationQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(UpdateLocation), retrieveLocationQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: forMember("addresses.manage"),
  },
]
