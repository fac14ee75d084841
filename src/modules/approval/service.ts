import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import ApprovalPolicy from "./models/approval-policy"
import ApprovalRequest from "./models/approval-request"
import SpendingReservation from "./models/spending-reservation"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

class ApprovalModuleService extends MedusaService({ ApprovalRequest, ApprovalPolicy, SpendingReservation }) {
  /**
   * Records a request for a cart, expiring the cart's open ones in the same transaction
   * (the partial unique index keeps one open request per cart, also under parallel calls).
   */
  @InjectTransactionManager()
  async requestApproval(data: Record<string, unknown> & { cart_id: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const superseded = await manager.execute(
      `update approval_request set status = 'expired', comment = 'Superseded by a newer request', updated_at = now()
        where cart_id = ? and status = 'pending' and deleted_at is null returning id`,
      [data.cart_id]
    )
    const created = await this.createApprovalRequests(data as any, sharedContext)
    return { request: created, superseded: superseded.map((row) => row.id as string) }
  }

  /**
   * Decides a pending request exactly once: the row is locked, so of parallel decisions
   * the first wins and the others get 409. `organizationId` scopes the lookup (another
   * organization's request answers 404).
   */
  @InjectTransactionManager()
  async decideApproval(
    id: string,
    organizationId: string | null,
    decision: { status: "approved" | "rejected"; decided_by: string; comment?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as unknown as SqlManager
    const [row] = await manager.execute(
      `select id, status, organization_id from approval_request
        where id = ? and deleted_at is null ${organizationId ? "and organization_id = ?" : ""} for update`,
      organizationId ? [id, organizationId] : [id]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${id} was not found`)
    }
    if (row.status !== "pending") {
      throw new ConflictError(`Approval ${id} is already ${row.status}`)
    }
    return this.updateApprovalRequests({ id, ...decision, decided_at: new Date() } as any, sharedContext)
  }
}

export default ApprovalModuleService
