import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { APPROVAL_MODULE } from ".."
import ApprovalModuleService from "../service"
import * as models from "../models"
import { Migration20261207213000 } from "../migrations/Migration20261207213000"

jest.setTimeout(60_000)

const HOUR = 60 * 60 * 1000
let carts = 0

moduleIntegrationTestRunner<ApprovalModuleService>({
  moduleName: APPROVAL_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/approval",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (text: string, params: unknown[] = []) => MikroOrmWrapper.forkManager().execute(text, params)

    /** A completion of `member`'s cart as the validate hook records it, held or not. */
    const reservation = (member: string, amount: number, extra: Record<string, unknown> = {}) =>
      service.createSpendingReservations({
        cart_id: `cart_${++carts}`,
        organization_id: "org_1",
        membership_id: member,
        location_id: null,
        currency_code: "eur",
        amount,
        expires_at: new Date(Date.now() + HOUR),
        limit_amount: 100,
        period: "month",
        approved: false,
        held: false,
        ...extra,
      })

    const spend = (member: string, order: string, amount: number, extra: Record<string, unknown> = {}) => ({
      order_id: order,
      cart_id: null,
      organization_id: "org_1",
      membership_id: member,
      currency_code: "EUR",
      amount,
      order_status: "pending",
      ...extra,
    })

    describe("the spending ledger", () => {
      it("records an order's spend once, in the same write that drops its cart's reservation, and undoes both", async () => {
        const held = await reservation("mem_a", 30, { held: true })
        const entry = spend("mem_a", "order_1", 30, { cart_id: held.cart_id })
        const runs = await Promise.all([1, 2, 3].map(() => service.recordSpending([entry])))
        expect(runs.flatMap((run) => run.recorded)).toHaveLength(1)
        expect(runs.flatMap((run) => run.released)).toHaveLength(1)
        expect(await service.listSpendingReservations({})).toHaveLength(0)
        // Counted once: the record, not the record and the reservation.
        expect(await service.spentInPeriod("mem_a", "eur", "month")).toBe(30)

        const first = runs.find((run) => run.recorded.length)!
        await service.unrecordSpending(first)
        expect(await service.listSpendingRecords({})).toHaveLength(0)
        const [back] = await service.listSpendingReservations({})
        expect(back).toEqual(expect.objectContaining({ cart_id: held.cart_id, held: true }))
        expect(await service.spentInPeriod("mem_a", "eur", "month")).toBe(30)
      })

      it("records nothing for an order of no member, and still drops its reservation", async () => {
        const open = await reservation("mem_a", 30)
        const { recorded, released } = await service.recordSpending([spend("mem_a", "order_2", 30, { membership_id: null, cart_id: open.cart_id })])
        expect(recorded).toEqual([])
        expect(released).toHaveLength(1)
        expect(await service.listSpendingRecords({})).toHaveLength(0)
      })

      it("counts the member's own recorded and held spend in the currency and period, not canceled orders", async () => {
        await service.recordSpending([
          spend("mem_a", "order_a1", 10),
          spend("mem_a", "order_a2", 20, { currency_code: "usd" }),
          spend("mem_b", "order_b1", 40),
          spend("mem_a", "order_a3", 80),
          spend("mem_a", "order_old", 1000),
        ])
        await sql("update spending_record set created_at = now() - interval '400 days' where order_id = 'order_old'")
        await reservation("mem_a", 5, { held: true })
        await reservation("mem_a", 7) // checked, not held: Medusa's own checks did not pass yet
        await reservation("mem_a", 9, { held: true, expires_at: new Date(Date.now() - 1000) })
        const own = await reservation("mem_a", 11, { held: true })

        expect(await service.spentInPeriod("mem_a", "EUR", "month")).toBe(10 + 80 + 5 + 11)
        expect(await service.spentInPeriod("mem_a", "eur", "month", own.id)).toBe(10 + 80 + 5)
        expect(await service.spentInPeriod("mem_a", "usd", "month")).toBe(20)
        expect(await service.spentInPeriod("mem_b", "eur", "month")).toBe(40)

        await service.setRecordedOrderStatus("order_a3", "canceled")
        expect(await service.spentInPeriod("mem_a", "eur", "month")).toBe(10 + 5 + 11)
        await service.setRecordedOrderStatus("order_a3", "completed")
        expect(await service.spentInPeriod("mem_a", "eur", "month")).toBe(10 + 80 + 5 + 11)
      })

      it("holds a completion that fits the limit (up to the limit itself) and refuses one that does not, with the spend before it", async () => {
        await service.recordSpending([spend("mem_a", "order_1", 60)])
        const fits = await reservation("mem_a", 40)
        expect(await service.holdSpending(fits)).toEqual({ held: true })
        const over = await reservation("mem_a", 1)
        expect(await service.holdSpending(over)).toEqual({ held: false, spent: 100 })
        const [refused] = await service.listSpendingReservations({ id: over.id })
        expect(refused.held).toBe(false)

        // An approved cart's spend is held whatever the limit (its approval allows it).
        const approved = await reservation("mem_a", 500, { approved: true })
        expect(await service.holdSpending(approved)).toEqual({ held: true })
        // Another currency's spend is not this one's: 40 of 100 in USD fits.
        expect(await service.holdSpending(await reservation("mem_a", 40, { currency_code: "usd" }))).toEqual({ held: true })
      })

      it("holds parallel completions of one member one after the other: never more than the limit", async () => {
        const completions = await Promise.all([1, 2, 3, 4, 5, 6].map(() => reservation("mem_p", 30)))
        const verdicts = await Promise.all(completions.map((completion) => service.holdSpending(completion)))
        expect(verdicts.filter((verdict) => verdict.held)).toHaveLength(3)
        expect(await service.spentInPeriod("mem_p", "eur", "month")).toBe(90)
      })

      it("copies the orders recorded before the ledger existed, once (the migration)", async () => {
        await sql(`create table if not exists organization_order (id text primary key, organization_id text not null,
          membership_id text null, order_id text not null, cart_id text null, status text not null, currency_code text not null,
          total numeric not null, raw_total jsonb not null, created_at timestamptz not null default now(), deleted_at timestamptz null)`)
        await sql(`insert into organization_order (id, organization_id, membership_id, order_id, cart_id, status, currency_code, total, raw_total, created_at, deleted_at) values
          ('oo_1', 'org_1', 'mem_m', 'order_m1', 'cart_m1', 'pending', 'EUR', 25, '{"value":"25","precision":20}', now(), null),
          ('oo_2', 'org_1', 'mem_m', 'order_m2', null, 'canceled', 'eur', 50, '{"value":"50","precision":20}', now(), null),
          ('oo_3', 'org_1', null, 'order_m3', null, 'pending', 'eur', 70, '{"value":"70","precision":20}', now(), null),
          ('oo_4', 'org_1', 'mem_m', 'order_m4', null, 'pending', 'eur', 90, '{"value":"90","precision":20}', now(), now())`)
        await service.recordSpending([spend("mem_m", "order_m1", 25)]) // recorded already: not copied again
        try {
          for (let run = 0; run < 2; run++) {
            const migration = new Migration20261207213000(null as any, null as any)
            await migration.up()
            for (const query of migration.getQueries()) await sql(query as string)
          }
          const records = await service.listSpendingRecords({ membership_id: "mem_m" }, { order: { order_id: "ASC" } })
          expect(records.map((record) => [record.order_id, Number(record.amount), record.currency_code, record.order_status])).toEqual([
            ["order_m1", 25, "eur", "pending"],
            ["order_m2", 50, "eur", "canceled"],
          ])
          expect(await service.spentInPeriod("mem_m", "eur", "month")).toBe(25)
        } finally {
          await sql("drop table organization_order")
        }
      })
    })
  },
})
