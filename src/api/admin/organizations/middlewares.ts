import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listOrganizationsQueryConfig,
  retrieveOrganizationQueryConfig,
} from "../../utils/query-configs"
import {
  AdminCreateOrganization,
  AdminGetOrganizationParams,
  AdminGetOrganizationsParams,
} from "./validators"

export const adminOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations",
    middlewares: [
      validateAndTransformQuery(AdminGetOrganizationsParams, listOrganizationsQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations",
    middlewares: [
      validateAndTransformBody(AdminCreateOrganization),
      validateAndTransformQuery(AdminGetOrganizationParams, retrieveOrganizationQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetOrganizationParams, retrieveOrganizationQueryConfig),
    ],
  },
]
