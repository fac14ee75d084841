import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { locationQueryConfigs, retrieveLocationQuery } from "../../../../resources/locations/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { CreateLocation, GetLocationsParams, UpdateLocation } from "../../../../resources/locations/validators"

export const adminLocationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateQuery(GetLocationsParams, locationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateAndTransformBody(CreateLocation), retrieveLocationQuery.admin],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [retrieveLocationQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [validateAndTransformBody(UpdateLocation), retrieveLocationQuery.admin],
  },
]
