import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "./approval-service"

export type RequestApprovalInput = {
  cart_id: string
  organization_id: string
  requested_by: string
  requester_customer_id: string
  fingerprint: string
  currency_code: string
  total: number
  reasons: string[]
}

/** Creates the request and expires the cart's older open ones; compensation reopens those. */
export const requestApprovalStep = createStep(
  "request-approval",
  async (input: RequestApprovalInput, { container }) => {
    const { request, superseded } = await approvalService(container).requestApproval(input as any)
    return new StepResponse(request, { id: request.id, superseded })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    await service.deleteApprovalRequests(undo.id)
    if (undo.superseded.length) {
      await service.updateApprovalRequests(undo.superseded.map((id) => ({ id, status: "pending", comment: null })) as any)
    }
  }
)

/** Who decides: a member with orders.approve in the store, or the merchant (an admin user). */
export type ApprovalDecider = { type: "member"; membership_id: string } | { type: "merchant"; user_id: string }

export type DecideApprovalInput = {
  id: string
  /** Null for the merchant, who may decide any organization's request. */
  organization_id: string | null
  status: "approved" | "rejected"
  actor: ApprovalDecider
  comment?: string | null
}

/** One decision per request, whoever decides (409 `approval_already_decided` for the others); compensation reopens it. */
export const decideApprovalStep = createStep(
  "decide-approval",
  async ({ id, organization_id, status, actor, comment }: DecideApprovalInput, { container }) => {
    const decided = await approvalService(container).decideApproval(id, organization_id, {
      status,
      comment: comment ?? null,
      decided_by: actor.type === "member" ? actor.membership_id : actor.user_id,
      decided_by_type: actor.type,
    })
    return new StepResponse(decided, id)
  },
  async (id, { container }) => {
    if (!id) return
    await approvalService(container).updateApprovalRequests({
      id,
      status: "pending",
      decided_by: null,
      decided_by_type: null,
      decided_at: null,
      comment: null,
    } as any)
  }
)

/** Ties the approved request a cart completed with to the order it became. */
export const linkApprovalToOrderStep = createStep(
  "link-approval-to-order",
  async ({ cart_id, order_id }: { cart_id: string; order_id: string }, { container }) => {
    const service = approvalService(container)
    const [approved] = await service.listApprovalRequests(
      { cart_id, status: "approved", order_id: null },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (!approved) return new StepResponse(null, null)
    await service.updateApprovalRequests({ id: approved.id, order_id } as any)
    return new StepResponse(approved.id, approved.id)
  },
  async (id, { container }) => {
    if (!id) return
    await approvalService(container).updateApprovalRequests({ id, order_id: null } as any)
  }
)

export type ApprovalPolicyInput = {
  organization_id: string
  threshold?: number | null
  currency_code?: string
  period?: "day" | "week" | "month" | "quarter" | "year"
}

/** Creates or updates an organization's policy; compensation restores the previous one. */
export const setApprovalPolicyStep = createStep(
  "set-approval-policy",
  async (input: ApprovalPolicyInput, { container }) => {
    const service = approvalService(container)
    const [previous] = await service.listApprovalPolicies({ organization_id: input.organization_id })
    const policy = previous
      ? await service.updateApprovalPolicies({ id: previous.id, ...input } as any)
      : await service.createApprovalPolicies(input as any)
    return new StepResponse(policy, { previous: previous ?? null, id: policy.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    if (undo.previous) await service.updateApprovalPolicies(undo.previous as any)
    else await service.deleteApprovalPolicies(undo.id)
  }
)

/**
 * The spend a completing checkout reserved becomes recorded spend: once the organization's
 * order record is written, its cart's reservation goes (compensation puts it back).
 */
export const consumeSpendingReservationStep = createStep(
  "consume-spending-reservation",
  async ({ cart_id }: { cart_id: string | null }, { container }) => {
    const released = cart_id ? await approvalService(container).releaseSpending([cart_id]) : []
    return new StepResponse(undefined, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    await approvalService(container).createSpendingReservations(released as any)
  }
)
