import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import { REFUSAL } from "../../lib/refusal-codes"
import ApprovalPolicy from "./models/approval-policy"
import ApprovalRequest from "./models/approval-request"
import SpendingReservation from "./models/spending-reservation"
import type {
  ApprovalDeciderType,
  ApprovalStatus,
  ApprovalPolicyDTO,
  ApprovalRequestDTO,
  CreateApprovalRequestDTO,
  SpendingReservationDTO,
} from "./types"
import { asSqlManager } from "../../lib/sql-manager"

type SqlRow = Record<string, any>

/** The transaction's manager, for raw SQL under its locks. */
const sqlOf = (sharedContext: Context) => asSqlManager(sharedContext.transactionManager)

/** How long a completion waits for the member's other completions before answering 409. */
const RESERVATION_LOCK_WAIT_MS = 20_000

export type SpendingReservationInput = {
  cart_id: string
  organization_id: string
  membership_id: string
  currency_code: string
  amount: number
  expires_at: Date
}

/**
 * Decides whether a reservation may be made, given what the member's other open
 * reservations hold; throws to refuse. It runs inside the locked transaction and gets its
 * manager, so what it reads (e.g. the recorded spend) is read after the lock and on the same
 * connection (a waiting completion must not need a second connection from the pool).
 */
export type SpendingDecision = (heldElsewhere: number, sharedContext: Context) => Promise<void>

class ApprovalModuleService extends MedusaService<{
  ApprovalRequest: { dto: ApprovalRequestDTO }
  ApprovalPolicy: { dto: ApprovalPolicyDTO }
  SpendingReservation: { dto: SpendingReservationDTO }
}>({ ApprovalRequest, ApprovalPolicy, SpendingReservation }) {
  /**
   * Records a request for a cart, in the same transaction expiring the cart's open requests
   * and superseding its approved ones not yet used for an order: the newest request is the one
   * that counts (the partial unique index keeps one open request per cart, also in parallel).
   * Answers what it replaced, with the status each had, for compensation.
   */
  @InjectTransactionManager()
  async requestApproval(data: CreateApprovalRequestDTO, @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext)
    const replaced = await manager.execute(
      `update approval_request
          set status = case when status = 'pending' then 'expired' else 'superseded' end,
              comment = case when status = 'pending' then 'Superseded by a newer request' else comment end,
              updated_at = now()
        where cart_id = ? and deleted_at is null and (status = 'pending' or (status = 'approved' and order_id is null))
        returning id, status`,
      [data.cart_id]
    )
    const created = await this.createApprovalRequests(data, sharedContext)
    const superseded = replaced.map((row) => ({
      id: row.id as string,
      previous: (row.status === "expired" ? "pending" : "approved") as ApprovalStatus,
    }))
    return { request: created, superseded }
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
    decision: {
      status: "approved" | "rejected"
      decided_by: string | null
      decided_by_type: ApprovalDeciderType
      comment?: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sqlOf(sharedContext)
    const [row] = await manager.execute(
      `select id, status, organization_id from approval_request
        where id = ? and deleted_at is null ${organizationId ? "and organization_id = ?" : ""} for update`,
      organizationId ? [id, organizationId] : [id]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${id} was not found`)
    }
    if (row.status !== "pending") {
      throw new ConflictError(`Approval ${id} is already ${row.status}`, REFUSAL.approval_already_decided)
    }
    return this.updateApprovalRequests({ id, ...decision, decided_at: new Date() }, sharedContext)
  }

  /**
   * Reserves a cart's spend for its member, under a transaction-scoped advisory lock on the
   * membership: parallel completions of the member's carts check and reserve one after the
   * other, each seeing the reservations before it. A completion that finds the lock taken
   * rolls back and tries again shortly, so waiting holds no pooled connection (twenty
   * parallel checkouts must not starve the pool the lock holder needs).
   */
  async reserveSpending(input: SpendingReservationInput, decide: SpendingDecision) {
    const deadline = Date.now() + RESERVATION_LOCK_WAIT_MS
    for (;;) {
      const reserved = await this.tryReserveSpending_(input, decide)
      if (reserved) return reserved
      if (Date.now() > deadline) {
        throw new ConflictError("Another checkout of yours is being completed; try again", REFUSAL.checkout_in_progress)
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40))
    }
  }

  /**
   * One try: take the lock or answer null; read the open reservations, let `decide` refuse,
   * then write this cart's (replacing one it held before).
   */
  @InjectTransactionManager()
  protected async tryReserveSpending_(
    input: SpendingReservationInput,
    decide: SpendingDecision,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sqlOf(sharedContext)
    const [lock] = await manager.execute("select pg_try_advisory_xact_lock(hashtext(?)) as locked", [
      `b2b-spending:${input.membership_id}`,
    ])
    if (!lock?.locked) return null
    await manager.execute(
      "delete from spending_reservation where membership_id = ? and (cart_id = ? or expires_at <= now())",
      [input.membership_id, input.cart_id]
    )
    // Read before `decide` reads the recorded spend: an order recorded in between is then
    // counted twice (refusing too much, briefly), never missed.
    const [row] = await manager.execute(
      `select coalesce(sum(amount), 0)::float as held from spending_reservation
        where membership_id = ? and lower(currency_code) = lower(?) and deleted_at is null and expires_at > now()`,
      [input.membership_id, input.currency_code]
    )
    await decide(Number(row?.held ?? 0), sharedContext)
    return this.createSpendingReservations(input, sharedContext)
  }

  /** Deletes the reservations of these carts (their orders are recorded, or they failed). */
  @InjectTransactionManager()
  async releaseSpending(cartIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!cartIds.length) return []
    const manager = sqlOf(sharedContext)
    const rows = await manager.execute(
      `delete from spending_reservation where cart_id in (${cartIds.map(() => "?").join(", ")})
        returning cart_id, organization_id, membership_id, currency_code, amount::float as amount, expires_at`,
      cartIds
    )
    return rows as SpendingReservationInput[]
  }
}

export default ApprovalModuleService
