import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createLocationWorkflow, deleteLocationWorkflow, updateLocationWorkflow } from "../../workflows/organization"
import { listInOrganization, listQueryOf, retrieveOne } from "./graph"
import type { OrganizationRequest } from "./organization-guard"
import { refetchOrganization } from "./organizations"
import { runWorkflow } from "./run-workflow"
import type { CreateLocationType, UpdateLocationType } from "./validators"

/**
 * Whose locations a request sees: the merchant and members holding `addresses.manage` see
 * all of the organization's; other members only those assigned to them (seed 000).
 */
type Viewer = { organizationId: string; onlyOfMembership?: string }

async function viewerOf(req: AuthenticatedMedusaRequest, side: "admin" | "store"): Promise<Viewer> {
  if (side === "admin") {
    await refetchOrganization(req.params.id, req.scope, ["id"])
    return { organizationId: req.params.id }
  }
  const { organization_id, membership, permissions } = (req as OrganizationRequest).organization_context
  return {
    organizationId: organization_id,
    onlyOfMembership: permissions.includes("addresses.manage") ? undefined : membership.id,
  }
}

const visibility = (viewer: Viewer) => (viewer.onlyOfMembership ? { memberships: { id: viewer.onlyOfMembership } } : {})

/** One location the viewer may see; another organization's or an unassigned one answers 404. */
function refetchLocation(req: AuthenticatedMedusaRequest, viewer: Viewer, id: string) {
  const filters = { organization_id: viewer.organizationId, ...visibility(viewer) }
  return retrieveOne(req.scope, "organization_location", "Location", id, filters, req.queryConfig.fields)
}

/** `GET|POST …/organizations/:id/locations`, for the admin and the store side alike. */
export function locationCollectionRoutes(side: "admin" | "store") {
  return {
    GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const viewer = await viewerOf(req, side)
      const query = listQueryOf(req)
      const { data, ...page } = await listInOrganization(req.scope, "organization_location", viewer.organizationId, {
        ...query,
        filters: { ...query.filters, ...visibility(viewer) },
        defaultOrder: { label: "ASC" },
      })
      res.json({ locations: data, ...page })
    },
    POST: async (req: AuthenticatedMedusaRequest<CreateLocationType>, res: MedusaResponse) => {
      const viewer = await viewerOf(req, side)
      const location = await runWorkflow(createLocationWorkflow, req.scope, {
        ...req.validatedBody,
        organization_id: viewer.organizationId,
      } as any)
      res.json({ location: await refetchLocation(req, viewer, location.id) })
    },
  }
}

/** `GET|POST|DELETE …/organizations/:id/locations/:location_id`. */
export function locationRoutes(side: "admin" | "store") {
  return {
    GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const viewer = await viewerOf(req, side)
      res.json({ location: await refetchLocation(req, viewer, req.params.location_id) })
    },
    POST: async (req: AuthenticatedMedusaRequest<UpdateLocationType>, res: MedusaResponse) => {
      const viewer = await viewerOf(req, side)
      await runWorkflow(updateLocationWorkflow, req.scope, {
        ...req.validatedBody,
        id: req.params.location_id,
        organization_id: viewer.organizationId,
      } as any)
      res.json({ location: await refetchLocation(req, viewer, req.params.location_id) })
    },
    DELETE: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const viewer = await viewerOf(req, side)
      await runWorkflow(deleteLocationWorkflow, req.scope, {
        organization_id: viewer.organizationId,
        id: req.params.location_id,
      })
      res.json({ id: req.params.location_id, object: "location", deleted: true })
    },
  }
}
