import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { entitlementKindOf, seatsForLine, seatsPerUnit } from "../../../lib/seats"
import type { SeatHolder } from "../../../modules/entitlement/service"
import { organizationService } from "../../organization/steps/organization-service"
import { entitlementService } from "./entitlement-service"

export type CreateEntitlementInput = {
  organization_id: string
  kind: "subscription" | "training"
  title: string
  seats: number | null
  product_id?: string | null
  product_variant_id?: string | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  source_order_id?: string | null
  source_line_item_id?: string | null
}

/** Creates entitlements; lines already turned into one (unique line index) are skipped. */
export const createEntitlementsStep = createStep(
  "create-entitlements",
  async (inputs: CreateEntitlementInput[], { container }) => {
    const service = entitlementService(container)
    const lineIds = inputs.flatMap((i) => (i.source_line_item_id ? [i.source_line_item_id] : []))
    const done = lineIds.length
      ? new Set((await service.listEntitlements({ source_line_item_id: lineIds }, { select: ["source_line_item_id"] })).map((e) => e.source_line_item_id))
      : new Set()
    const fresh = inputs
      .filter((i) => !i.source_line_item_id || !done.has(i.source_line_item_id))
      .map((i) => ({ ...i, starts_at: i.starts_at ?? new Date() }))
    const created = fresh.length ? await service.createEntitlements(fresh as any[]) : []
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await entitlementService(container).deleteEntitlements(ids)
  }
)

/**
 * One entitlement per line of an organization's order whose product is marked as a
 * subscription or training (metadata `b2b_entitlement`); seats per unit times quantity.
 */
export const entitlementsFromOrderStep = createStep(
  "entitlements-from-order",
  async ({ order_id, organization_id }: { order_id: string; organization_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const options = organizationService(container).getPluginOptions()
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "items.id",
        "items.quantity",
        "items.detail.quantity",
        "items.title",
        "items.product_title",
        "items.variant_id",
        "items.variant_sku",
        "items.product_id",
      ],
      filters: { id: order_id },
    })
    const items = (order?.items ?? []) as any[]
    const productIds = [...new Set(items.map((i) => i.product_id).filter(Boolean))]
    if (!productIds.length) return new StepResponse([] as CreateEntitlementInput[])
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "metadata"],
      filters: { id: productIds },
    })
    const startsAt = new Date(order.created_at as any)
    const subscriptionEnd = new Date(startsAt)
    subscriptionEnd.setMonth(subscriptionEnd.getMonth() + options.subscriptionMonths)
    const inputs = items.flatMap((item): CreateEntitlementInput[] => {
      const product = products.find((p: any) => p.id === item.product_id) as any
      const kind = entitlementKindOf(product?.metadata)
      if (!kind) return []
      const perUnit = seatsPerUnit(options, { sku: item.variant_sku, handle: product.handle, metadata: product.metadata })
      return [
        {
          organization_id,
          kind,
          title: product.title ?? item.product_title ?? item.title,
          seats: seatsForLine(perUnit, quantityOf(item)),
          product_id: product.id,
          product_variant_id: item.variant_id,
          starts_at: startsAt,
          ends_at: kind === "subscription" ? subscriptionEnd : null,
          source_order_id: order_id,
          source_line_item_id: item.id,
        },
      ]
    })
    return new StepResponse(inputs)
  }
)

/** An order line's quantity: on the line, or on its order item detail (a BigNumber either way). */
function quantityOf(item: any) {
  for (const value of [item.quantity, item.detail?.quantity]) {
    const number = Number(value?.numeric ?? value)
    if (Number.isFinite(number) && number > 0) return number
  }
  return 1
}

export type UpdateEntitlementInput = {
  organization_id: string
  id: string
  title?: string
  seats?: number | null
  ends_at?: Date | string | null
}

/** Updates an entitlement; fewer seats than are in use is a 409 (under the assignment's row lock). */
export const updateEntitlementStep = createStep(
  "update-entitlement",
  async ({ organization_id, ...data }: UpdateEntitlementInput, { container }) => {
    const { previous, updated } = await entitlementService(container).updateEntitlementKeepingSeats(organization_id, data)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await entitlementService(container).updateEntitlements(previous as any)
  }
)

export const deleteEntitlementStep = createStep(
  "delete-entitlement",
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    const service = entitlementService(container)
    const [found] = await service.listEntitlements({ id, organization_id }, { select: ["id"] })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Entitlement with id: ${id} was not found`)
    await service.softDeleteEntitlements(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await entitlementService(container).restoreEntitlements(id)
  }
)

/** One seat under the entitlement's row lock (409 when full); compensation frees it. */
export const assignSeatStep = createStep(
  "assign-seat",
  async (
    { organization_id, entitlement_id, holder }: { organization_id: string; entitlement_id: string; holder: SeatHolder },
    { container }
  ) => {
    const seat = await entitlementService(container).assignSeat(entitlement_id, organization_id, holder)
    return new StepResponse(seat, seat.id)
  },
  async (id, { container }) => {
    if (!id) return
    await entitlementService(container).deleteEntitlementSeats(id)
  }
)

/**
 * Frees seats: one seat of one entitlement of the organization (404 unless the seat
 * belongs to that entitlement), or all of a membership's.
 */
export const freeSeatsStep = createStep(
  "free-seats",
  async (
    selector:
      | { organization_id: string; entitlement_id: string; seat_id: string; membership_id?: undefined }
      | { organization_id: string; membership_id: string; entitlement_id?: undefined; seat_id?: undefined },
    { container }
  ) => {
    const service = entitlementService(container)
    const seats = await service.listEntitlementSeats(
      selector.seat_id
        ? { id: selector.seat_id, entitlement_id: selector.entitlement_id }
        : { membership_id: selector.membership_id },
      { select: ["id", "entitlement_id", "membership_id", "entitlement.organization_id"], relations: ["entitlement"] }
    )
    const ours = seats.filter((seat: any) => seat.entitlement?.organization_id === selector.organization_id)
    if (selector.seat_id && !ours.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seat with id: ${selector.seat_id} was not found`)
    }
    const ids = ours.map((seat) => seat.id)
    if (ids.length) await service.softDeleteEntitlementSeats(ids)
    return new StepResponse(ours.map((s: any) => ({ id: s.id, entitlement_id: s.entitlement_id, membership_id: s.membership_id })), ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await entitlementService(container).restoreEntitlementSeats(ids)
  }
)
