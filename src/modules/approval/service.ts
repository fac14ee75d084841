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

/** What the completion hook verified of a cart (see the SpendingReservation model). */
export type CompletionInput = {
  cart_id: string
  organization_id: string
  membership_id: string
  location_id: string | null
  currency_code: string
  amount: number
  limit_amount: number | null
  period: string | null
  approved: boolean
  expires_at: Date
}

/**
 * Decides whether a completion's spend may be held, given what the member's other held
 * reservations in its currency hold; throws to refuse. It runs inside the locked transaction
 * and gets its manager, so what it reads (e.g. the recorded spend) is read after the lock and
 * on the same connection (a waiting completion must not need a second connection from the pool).
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
   * Records what the completion hook verified of a cart (member, location, spend), not held
   * yet; replaces the cart's earlier record (a retried completion). Expired ones stay for the
   * scheduled settlement (`b2b-settle-spending-reservations`): one whose order exists still
   * names the member and location of an order not yet recorded.
   */
  @InjectTransactionManager()
  async recordCompletion(input: CompletionInput, @MedusaContext() sharedContext: Context = {}) {
    await sqlOf(sharedContext).execute("delete from spending_reservation where cart_id = ?", [input.cart_id])
    return this.createSpendingReservations({ ...input, held: false }, sharedContext)
  }

  /**
   * Holds a completion's spend against its member's limit, under a transaction-scoped
   * advisory lock on the membership: parallel completions of the member's carts check and hold
   * one after the other, each seeing the spend held before it. A completion that finds the
   * lock taken rolls back and tries again shortly, so waiting holds no pooled connection
   * (twenty parallel checkouts must not starve the pool the lock holder needs).
   */
  async holdSpending(completion: Pick<SpendingReservationDTO, "id" | "membership_id" | "currency_code">, decide: SpendingDecision) {
    const deadline = Date.now() + RESERVATION_LOCK_WAIT_MS
    for (;;) {
      if (await this.tryHoldSpending_(completion, decide)) return
      if (Date.now() > deadline) {
        throw new ConflictError("Another order of yours is being placed right now: try again in a moment", REFUSAL.checkout_in_progress)
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40))
    }
  }

  /** One try: take the lock or answer false; sum the other held spend, let `decide` refuse, hold. */
  @InjectTransactionManager()
  protected async tryHoldSpending_(
    completion: Pick<SpendingReservationDTO, "id" | "membership_id" | "currency_code">,
    decide: SpendingDecision,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sqlOf(sharedContext)
    const [lock] = await manager.execute("select pg_try_advisory_xact_lock(hashtext(?)) as locked", [
      `b2b-spending:${completion.membership_id}`,
    ])
    if (!lock?.locked) return false
    // Read before `decide` reads the recorded spend: an order recorded in between is then
    // counted twice (refusing too much, briefly), never missed.
    const [row] = await manager.execute(
      `select coalesce(sum(amount), 0)::float as held from spending_reservation
        where membership_id = ? and lower(currency_code) = lower(?) and held and id <> ?
          and deleted_at is null and expires_at > now()`,
      [completion.membership_id, completion.currency_code, completion.id]
    )
    await decide(Number(row?.held ?? 0), sharedContext)
    await manager.execute("update spending_reservation set held = true, updated_at = now() where id = ?", [completion.id])
    return true
  }

  /** Deletes the reservations of these carts (their orders are recorded, or they failed). */
  @InjectTransactionManager()
  async releaseSpending(cartIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!cartIds.length) return []
    const manager = sqlOf(sharedContext)
    const rows = await manager.execute(
      `delete from spending_reservation where cart_id in (${cartIds.map(() => "?").join(", ")})
        returning cart_id, organization_id, membership_id, location_id, currency_code, amount::float as amount,
                  limit_amount::float as limit_amount, period, approved, held, expires_at`,
      cartIds
    )
    return rows as (CompletionInput & { held: boolean })[]
  }

  /**
   * Expires the requests still pending that were made before `createdBefore` (the scheduled
   * job), in one statement: a decision racing it locks the same row, so each request ends
   * either decided or expired, never both. Answers what it expired.
   */
  @InjectTransactionManager()
  async expirePendingApprovals(createdBefore: Date, comment: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await sqlOf(sharedContext).execute(
      `update approval_request set status = 'expired', comment = ?, decided_at = now(), updated_at = now()
        where status = 'pending' and created_at < ? and deleted_at is null
        returning id, organization_id`,
      [comment, createdBefore]
    )
    return rows as { id: string; organization_id: string }[]
  }

  /**
   * Reservations past `expires_at` count for nothing (a completion that failed without
   * cleaning up): drops them, except those of `keepCartIds` (carts whose order exists).
   */
  @InjectTransactionManager()
  async purgeExpiredReservations(keepCartIds: string[] = [], @MedusaContext() sharedContext: Context = {}) {
    const rows = await sqlOf(sharedContext).execute(
      `delete from spending_reservation where expires_at <= now()
         ${keepCartIds.length ? `and cart_id not in (${keepCartIds.map(() => "?").join(", ")})` : ""} returning id`,
      keepCartIds
    )
    return rows.length
  }
}

export default ApprovalModuleService
