import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import { REFUSAL } from "../../lib/refusal-codes"
import ApprovalPolicy from "./models/approval-policy"
import ApprovalRequest from "./models/approval-request"
import SpendingRecord from "./models/spending-record"
import SpendingReservation from "./models/spending-reservation"
import type {
  ApprovalDeciderType,
  ApprovalStatus,
  ApprovalPolicyDTO,
  ApprovalRequestDTO,
  CreateApprovalRequestDTO,
  SpendingRecordDTO,
  SpendingReservationDTO,
} from "./types"
import { withinLimit } from "../../lib/money"
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

/** A completion's spend to hold, as its validate hook recorded it (see SpendingReservation). */
export type HoldableCompletion = Pick<
  SpendingReservationDTO,
  "id" | "membership_id" | "currency_code" | "amount" | "limit_amount" | "period" | "approved"
>

/** Held, or refused with what the member had spent this period (recorded and held) before it. */
export type HoldVerdict = { held: true } | { held: false; spent: number }

/** A placed order's spend for the ledger (its cart's reservation, if any, goes in the same write). */
export type SpendToRecord = Pick<SpendingRecordDTO, "order_id" | "cart_id" | "organization_id" | "currency_code" | "order_status"> & {
  amount: number
  /** Null: an order of no member (nothing to record; its reservation still goes). */
  membership_id: string | null
}

class ApprovalModuleService extends MedusaService<{
  ApprovalRequest: { dto: ApprovalRequestDTO }
  ApprovalPolicy: { dto: ApprovalPolicyDTO }
  SpendingReservation: { dto: SpendingReservationDTO }
  SpendingRecord: { dto: SpendingRecordDTO }
}>({ ApprovalRequest, ApprovalPolicy, SpendingReservation, SpendingRecord }) {
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
   * one after the other, each seeing the spend recorded and held before it. An approved
   * completion is held without a check (its approval allows it). A completion that finds the
   * lock taken rolls back and tries again shortly, so waiting holds no pooled connection
   * (twenty parallel checkouts must not starve the pool the lock holder needs).
   */
  async holdSpending(completion: HoldableCompletion): Promise<HoldVerdict> {
    const deadline = Date.now() + RESERVATION_LOCK_WAIT_MS
    for (;;) {
      const verdict = await this.tryHoldSpending_(completion)
      if (verdict) return verdict
      if (Date.now() > deadline) {
        throw new ConflictError("Another order of yours is being placed right now: try again in a moment", REFUSAL.checkout_in_progress)
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40))
    }
  }

  /** One try: take the lock or answer null; decide from the ledger, hold when it fits. */
  @InjectTransactionManager()
  protected async tryHoldSpending_(
    completion: HoldableCompletion,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<HoldVerdict | null> {
    const manager = sqlOf(sharedContext)
    const [lock] = await manager.execute("select pg_try_advisory_xact_lock(hashtext(?)) as locked", [
      `b2b-spending:${completion.membership_id}`,
    ])
    if (!lock?.locked) return null
    if (!completion.approved && completion.limit_amount != null) {
      const spent = await this.spentInPeriod(
        completion.membership_id,
        completion.currency_code,
        completion.period ?? "month",
        completion.id,
        sharedContext
      )
      if (!withinLimit(spent, Number(completion.amount), Number(completion.limit_amount))) return { held: false, spent }
    }
    await manager.execute("update spending_reservation set held = true, updated_at = now() where id = ?", [completion.id])
    return { held: true }
  }

  /**
   * What a member spent in one currency since the start of the current period (see spendingOf),
   * but the spend held by `exceptReservationId` (the completion being decided).
   */
  @InjectManager()
  async spentInPeriod(
    membershipId: string,
    currencyCode: string,
    period: string,
    exceptReservationId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const { spent } = await this.spendingOf(membershipId, period, exceptReservationId, sharedContext)
    return spent[currencyCode.toLowerCase()] ?? 0
  }

  /**
   * A member's spend since the start of the current period (Postgres `date_trunc`: day, week,
   * month, quarter, year), per lower-case currency, and when the period started: the recorded
   * spend of their orders not canceled, and the spend held by their completions in flight (but
   * `exceptReservationId`). One statement, so an order being recorded (its reservation dropped
   * and its record written in one transaction) counts once, before or after. Inside a
   * transaction (the hold's lock) it reads on that transaction's connection.
   */
  @InjectManager()
  async spendingOf(
    membershipId: string,
    period: string,
    exceptReservationId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ since: Date; spent: Record<string, number> }> {
    const [row] = await asSqlManager(sharedContext.transactionManager ?? sharedContext.manager).execute(
      `select date_trunc(?, now()) as since,
              coalesce((select jsonb_object_agg(currency_code, total) from (
                select currency_code, sum(amount)::float as total from (
                  select currency_code, amount from spending_record
                   where membership_id = ? and order_status <> 'canceled' and deleted_at is null
                     and created_at >= date_trunc(?, now())
                  union all
                  select lower(currency_code), amount from spending_reservation
                   where membership_id = ? and held and id <> coalesce(?, '') and deleted_at is null and expires_at > now()
                ) spend group by currency_code) totals), '{}'::jsonb) as spent`,
      [period, membershipId, period, membershipId, exceptReservationId]
    )
    return { since: new Date(row.since), spent: row.spent ?? {} }
  }

  /**
   * Records placed orders' spend in the ledger and drops their carts' reservations, in one
   * transaction (see spentInPeriod). Idempotent per order: an order recorded already is left
   * as it is. Answers what it wrote and what it dropped, for compensation.
   */
  @InjectTransactionManager()
  async recordSpending(entries: SpendToRecord[], @MedusaContext() sharedContext: Context = {}) {
    const manager = sqlOf(sharedContext)
    const cartIds = entries.flatMap((entry) => (entry.cart_id ? [entry.cart_id] : []))
    const released = await this.releaseSpending(cartIds, sharedContext)
    const recorded: string[] = []
    for (const entry of entries) {
      if (!entry.membership_id) continue
      const [row] = await manager.execute(
        `insert into spending_record (id, order_id, cart_id, organization_id, membership_id, currency_code, amount, raw_amount, order_status)
         values (?, ?, ?, ?, ?, lower(?), ?, jsonb_build_object('value', ?::text, 'precision', 20), ?)
         on conflict (order_id) where deleted_at is null do nothing returning id`,
        [
          generateEntityId(undefined, "spend"),
          entry.order_id,
          entry.cart_id,
          entry.organization_id,
          entry.membership_id,
          entry.currency_code,
          entry.amount,
          String(entry.amount),
          entry.order_status,
        ]
      )
      if (row) recorded.push(row.id as string)
    }
    return { recorded, released }
  }

  /** Undoes a recordSpending (its compensation): the records go, the reservations come back. */
  @InjectTransactionManager()
  async unrecordSpending(
    { recorded, released }: Awaited<ReturnType<ApprovalModuleService["recordSpending"]>>,
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (recorded.length) {
      await sqlOf(sharedContext).execute(
        `delete from spending_record where id in (${recorded.map(() => "?").join(", ")})`,
        recorded
      )
    }
    if (released.length) await this.createSpendingReservations(released, sharedContext)
  }

  /** Copies an order's status to its recorded spend (a canceled order counts for nothing). */
  @InjectTransactionManager()
  async setRecordedOrderStatus(orderId: string, status: string, @MedusaContext() sharedContext: Context = {}) {
    await sqlOf(sharedContext).execute(
      "update spending_record set order_status = ?, updated_at = now() where order_id = ? and deleted_at is null",
      [status, orderId]
    )
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
