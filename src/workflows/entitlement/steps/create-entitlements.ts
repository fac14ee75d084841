import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EntitlementKind } from "../../../modules/entitlement/types"
import { entitlementService } from "../../common/module-services"

export type CreateEntitlementInput = {
  organization_id: string
  kind: EntitlementKind
  title: string
  seats: number | null
  product_id?: string | null
  product_variant_id?: string | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  source_order_id?: string | null
  source_line_item_id?: string | null
}

const toDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value))

export const createEntitlementsStepId = "create-entitlements"

/** Creates entitlements; lines already turned into one (unique line index) are skipped. */
export const createEntitlementsStep = createStep(
  createEntitlementsStepId,
  async (inputs: CreateEntitlementInput[], { container }) => {
    const service = entitlementService(container)
    const lineIds = inputs.flatMap((i) => (i.source_line_item_id ? [i.source_line_item_id] : []))
    const done = lineIds.length
      ? new Set((await service.listEntitlements({ source_line_item_id: lineIds }, { select: ["source_line_item_id"] })).map((e) => e.source_line_item_id))
      : new Set()
    const fresh = inputs
      .filter((i) => !i.source_line_item_id || !done.has(i.source_line_item_id))
      .map((i) => ({ ...i, starts_at: toDate(i.starts_at) ?? new Date(), ends_at: toDate(i.ends_at) }))
    const created = fresh.length ? await service.createEntitlements(fresh) : []
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await entitlementService(container).deleteEntitlements(ids)
  }
)
