import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrganizationOrderDTO } from "../../../modules/organization/types"
import { organizationService } from "../../common/module-services"
import type { OrderRecord } from "./resolve-organization-order"

/**
 * Writes the record once: when a parallel run (the event delivered twice, or the seed and
 * the subscriber) wrote it first, the unique order index refuses this one and the step
 * answers the existing record, not created here (so nothing to undo and no second event).
 */
export type WrittenOrder = { record: OrganizationOrderDTO | null; created: boolean }

export const createOrganizationOrderStepId = "create-organization-order"
export const createOrganizationOrderStep = createStep(
  createOrganizationOrderStepId,
  async (record: OrderRecord | null, { container }): Promise<StepResponse<WrittenOrder, string | null>> => {
    if (!record) return new StepResponse({ record: null, created: false }, null)
    const service = organizationService(container)
    try {
      const created = await service.createOrganizationOrders(record)
      return new StepResponse({ record: created, created: true }, created.id)
    } catch (error) {
      const [existing] = await service.listOrganizationOrders({ order_id: record.order_id })
      if (!existing) throw error
      return new StepResponse({ record: existing, created: false }, null)
    }
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).deleteOrganizationOrders(id)
  }
)
