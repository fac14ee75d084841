import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import { REFUSAL } from "../../lib/refusal-codes"
import Entitlement from "./models/entitlement"
import SeatAssignment from "./models/seat-assignment"

import type { EntitlementDTO, SeatDTO, SeatHolder } from "./types"
import { asSqlManager } from "../../lib/sql-manager"

export type { SeatHolder }

// The transaction's manager runs raw SQL (row locks).
const transactionOf = (context: Context) => asSqlManager(context.transactionManager)

class EntitlementModuleService extends MedusaService<{
  Entitlement: { dto: EntitlementDTO }
  EntitlementSeat: { dto: SeatDTO }
}>({ Entitlement, EntitlementSeat: SeatAssignment }) {
  /**
   * Gives one seat, never more than the entitlement has: the entitlement row is locked and
   * its seats counted in the same transaction, so of parallel assignments exactly the free
   * seats succeed; the others get 409 with used/total. `organizationId` scopes the lookup.
   */
  @InjectTransactionManager()
  async assignSeat(
    entitlementId: string,
    organizationId: string,
    holder: SeatHolder,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = transactionOf(sharedContext)
    const [row] = await manager.execute(
      `select id, seats, kind from entitlement where id = ? and organization_id = ? and deleted_at is null for update`,
      [entitlementId, organizationId]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Entitlement with id: ${entitlementId} was not found`)
    }
    if ("participant_email" in holder && row.kind !== "training") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Outside participants can only be given a training seat")
    }
    const [{ used }] = await manager.execute(
      "select count(*)::int as used from entitlement_seat where entitlement_id = ? and deleted_at is null",
      [entitlementId]
    )
    if (row.seats !== null && used >= row.seats) {
      throw new ConflictError(`All seats are taken (${used}/${row.seats})`, REFUSAL.seats_exhausted)
    }
    const [taken] = await manager.execute(
      `select id from entitlement_seat where entitlement_id = ? and deleted_at is null and
         (membership_id = ? or participant_email = ?)`,
      [
        entitlementId,
        "membership_id" in holder ? holder.membership_id : null,
        "participant_email" in holder ? holder.participant_email : null,
      ]
    )
    if (taken) throw new ConflictError("This member or participant already has a seat", REFUSAL.seat_already_assigned)
    return this.createEntitlementSeats({ entitlement_id: entitlementId, ...holder }, sharedContext)
  }

  /**
   * Updates an entitlement under the same row lock as `assignSeat`, so seats are never
   * lowered below the seats in use, also while assignments run: 409 with used/total.
   * Answers the previous values of the changed fields (for compensation) and the update.
   */
  @InjectTransactionManager()
  async updateEntitlementKeepingSeats(
    organizationId: string,
    data: { id: string; title?: string; seats?: number | null; ends_at?: Date | string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = transactionOf(sharedContext)
    const [row] = await manager.execute(
      `select id, title, seats, ends_at from entitlement where id = ? and organization_id = ? and deleted_at is null for update`,
      [data.id, organizationId]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Entitlement with id: ${data.id} was not found`)
    }
    if (data.seats != null) {
      const [{ used }] = await manager.execute(
        "select count(*)::int as used from entitlement_seat where entitlement_id = ? and deleted_at is null",
        [data.id]
      )
      if (used > data.seats) {
        throw new ConflictError(
          `${used} seats are in use; free some before lowering to ${data.seats} (${used}/${data.seats})`,
          REFUSAL.seats_in_use
        )
      }
    }
    const previous = Object.fromEntries(
      ["id", ...Object.keys(data)].map((key) => [key, row[key]])
    ) as typeof data
    const { ends_at, ...rest } = data
    const updated = await this.updateEntitlements(
      { ...rest, ...(ends_at === undefined ? {} : { ends_at: ends_at === null ? null : new Date(ends_at) }) },
      sharedContext
    )
    return { previous, updated }
  }

  /**
   * Claims the subscriptions ending before `until` whose end date has not been reminded of
   * yet, marking each with the end date it was reminded of (a new `ends_at` arms it again).
   * One statement: of two workers running it at once, each subscription goes to one.
   * Answers the claimed ones with the mark they had, for compensation.
   */
  @InjectTransactionManager()
  async claimEndingSubscriptions(until: Date, @MedusaContext() sharedContext: Context = {}) {
    const rows = await transactionOf(sharedContext).execute(
      `update entitlement e set ending_reminded_for = e.ends_at, updated_at = now()
         from (select id, ending_reminded_for from entitlement
                where kind = 'subscription' and deleted_at is null and ends_at > now() and ends_at <= ?
                  and ending_reminded_for is distinct from ends_at
                for update skip locked) previous
        where e.id = previous.id
        returning e.id, e.organization_id, e.title, e.ends_at, previous.ending_reminded_for as previous_reminded_for`,
      [until]
    )
    return rows as { id: string; organization_id: string; title: string; ends_at: Date; previous_reminded_for: Date | null }[]
  }
}

export default EntitlementModuleService
