import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SpendToRecord } from "../../../modules/approval/service"
import { approvalService } from "../../common/module-services"

/**
 * A placed order's spend becomes recorded spend in the approval module's ledger, and its
 * cart's reservation goes, in one write (compensation undoes both).
 */
export const recordSpendingStepId = "record-spending"
export const recordSpendingStep = createStep(
  recordSpendingStepId,
  async (spend: SpendToRecord, { container }) => {
    const written = await approvalService(container).recordSpending([spend])
    return new StepResponse(written, written)
  },
  async (written, { container }) => {
    if (written) await approvalService(container).unrecordSpending(written)
  }
)
