import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ENTITLEMENT_MODULE } from "../../modules/entitlement"
import type EntitlementModuleService from "../../modules/entitlement/service"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import {
  assignSeatWorkflow,
  createEntitlementWorkflow,
  deleteEntitlementWorkflow,
  freeSeatsWorkflow,
  updateEntitlementWorkflow,
} from "../../workflows/entitlement"
import { listInOrganization, listQueryOf, retrieveOne } from "./graph"
import type { OrganizationRequest } from "./organization-guard"
import { refetchOrganization } from "./organizations"
import { runWorkflow } from "./run-workflow"
import type { AssignSeatType, CreateEntitlementType, UpdateEntitlementType } from "./validators"

const ENTITY = "entitlement"

/** Adds seat usage to an entitlement read with its assignments. */
const withUsage = (entitlement: any) => ({
  ...entitlement,
  used: entitlement.assignments?.length ?? 0,
  available: entitlement.seats === null ? null : Math.max(entitlement.seats - (entitlement.assignments?.length ?? 0), 0),
})

/** The entitlements in which a member holds a seat (a member holds few). */
async function heldEntitlementIds(scope: MedusaContainer, membershipId: string) {
  const seats = await (scope.resolve(ENTITLEMENT_MODULE) as EntitlementModuleService).listEntitlementSeats(
    { membership_id: membershipId },
    { select: ["entitlement_id"] }
  )
  return [...new Set(seats.map((seat) => seat.entitlement_id as string))]
}

const refetchEntitlement = async (req: AuthenticatedMedusaRequest, organizationId: string, id: string) =>
  withUsage(await retrieveOne(req.scope, ENTITY, "Entitlement", id, { organization_id: organizationId }, req.queryConfig.fields))

/** `GET /store/organizations/:id/entitlements`: managers all, with seats; others the ones they hold. */
export async function listStoreEntitlements(req: OrganizationRequest, res: MedusaResponse) {
  const { organization_id, membership, permissions } = req.organization_context
  const query = listQueryOf(req)
  const manager = permissions.includes("entitlements.manage")
  const filters = manager ? query.filters : { ...query.filters, id: await heldEntitlementIds(req.scope, membership.id) }
  const { data, ...page } = await listInOrganization(req.scope, ENTITY, organization_id, {
    ...query,
    filters,
    defaultOrder: { created_at: "DESC" },
  })
  const entitlements = data.map(withUsage).map((entitlement) =>
    // Members see their own seat, not who else has one.
    manager ? entitlement : { ...entitlement, assignments: entitlement.assignments?.filter((a: any) => a.membership_id === membership.id) }
  )
  res.json({ entitlements, ...page })
}

/** `POST …/entitlements/:entitlement_id/seats`: a member of the organization, or an outside participant. */
export async function assignStoreSeat(req: OrganizationRequest<AssignSeatType>, res: MedusaResponse) {
  const { organization_id } = req.organization_context
  const { membership_id, participant } = req.validatedBody
  if (membership_id) {
    const [member] = await (req.scope.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).listOrganizationMemberships(
      { id: membership_id, organization_id, status: "active" },
      { select: ["id"] }
    )
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership with id: ${membership_id} was not found`)
  }
  const seat = await runWorkflow(assignSeatWorkflow, req.scope, {
    organization_id,
    entitlement_id: req.params.entitlement_id,
    holder: membership_id ? { membership_id } : { participant_name: participant!.name, participant_email: participant!.email },
  })
  res.json({ seat, entitlement: await refetchEntitlement(req, organization_id, req.params.entitlement_id) })
}

/** `DELETE …/entitlements/:entitlement_id/seats/:seat_id`: 404 unless the seat is of that entitlement. */
export async function freeStoreSeat(req: OrganizationRequest, res: MedusaResponse) {
  await runWorkflow(freeSeatsWorkflow, req.scope, {
    organization_id: req.organization_context.organization_id,
    entitlement_id: req.params.entitlement_id,
    seat_id: req.params.seat_id,
  })
  res.json({ id: req.params.seat_id, object: "seat", deleted: true })
}

/** `GET /store/organizations/:id/library`: products of running subscriptions the member has a seat in. */
export async function listLibrary(req: OrganizationRequest, res: MedusaResponse) {
  const { organization_id, membership } = req.organization_context
  const now = new Date()
  const { data, ...page } = await listInOrganization(req.scope, ENTITY, organization_id, {
    ...listQueryOf(req),
    filters: {
      id: await heldEntitlementIds(req.scope, membership.id),
      kind: "subscription",
      starts_at: { $lte: now },
      $or: [{ ends_at: null }, { ends_at: { $gt: now } }],
    },
    defaultOrder: { created_at: "DESC" },
  })
  const productIds = [...new Set(data.map((e: any) => e.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "title", "subtitle", "handle", "thumbnail", "description"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }
  const publications = data.map((e: any) => ({
    entitlement_id: e.id,
    title: e.title,
    ends_at: e.ends_at,
    product: products.find((p: any) => p.id === e.product_id) ?? null,
  }))
  res.json({ publications, ...page })
}

/** Admin: `GET|POST /admin/organizations/:id/entitlements`. */
export async function listAdminEntitlements(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  const { data, ...page } = await listInOrganization(req.scope, ENTITY, req.params.id, {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ entitlements: data.map(withUsage), ...page })
}

export async function createAdminEntitlement(req: AuthenticatedMedusaRequest<CreateEntitlementType>, res: MedusaResponse) {
  const { seats, product_variant_id, ...rest } = req.validatedBody
  let productId: string | null = null
  if (product_variant_id) {
    const [variant] = await req.scope.resolve(Modules.PRODUCT).listProductVariants({ id: product_variant_id }, { select: ["id", "product_id"] })
    if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant with id: ${product_variant_id} was not found`)
    productId = variant.product_id ?? null
  }
  const created = await runWorkflow(createEntitlementWorkflow, req.scope, {
    ...rest,
    organization_id: req.params.id,
    seats: seats === "unlimited" ? null : seats,
    product_variant_id: product_variant_id ?? null,
    product_id: productId,
  })
  res.json({ entitlement: await refetchEntitlement(req, req.params.id, created.id) })
}

export async function updateAdminEntitlement(req: AuthenticatedMedusaRequest<UpdateEntitlementType>, res: MedusaResponse) {
  const { seats, ...rest } = req.validatedBody
  await runWorkflow(updateEntitlementWorkflow, req.scope, {
    ...rest,
    ...(seats === undefined ? {} : { seats: seats === "unlimited" ? null : seats }),
    organization_id: req.params.id,
    id: req.params.entitlement_id,
  })
  res.json({ entitlement: await refetchEntitlement(req, req.params.id, req.params.entitlement_id) })
}

export async function deleteAdminEntitlement(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await runWorkflow(deleteEntitlementWorkflow, req.scope, { organization_id: req.params.id, id: req.params.entitlement_id })
  res.json({ id: req.params.entitlement_id, object: "entitlement", deleted: true })
}

