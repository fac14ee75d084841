import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalService } from "../../common/module-services"

export const endPortalSessionsStepId = "end-portal-sessions"

/**
 * Ends every session of an organization's codes for good (a new generation), e.g. when the
 * organization is suspended or deleted: its sessions are refused while that lasts anyway, and
 * must not come back when it is lifted.
 */
export const endPortalSessionsStep = createStep(
  endPortalSessionsStepId,
  async ({ organization_id }: { organization_id: string }, { container }) => {
    const service = portalService(container)
    const codes = await service.listPortalAccessCodes({ organization_id }, { select: ["id", "regenerated_at"] })
    if (!codes.length) return new StepResponse([], [])
    const now = new Date()
    await service.updatePortalAccessCodes(codes.map(({ id }) => ({ id, regenerated_at: now })))
    return new StepResponse(
      codes.map(({ id }) => id),
      codes.map(({ id, regenerated_at }) => ({ id, regenerated_at }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await portalService(container).updatePortalAccessCodes(previous)
  }
)
