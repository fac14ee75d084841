import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Issue 29: the approval module owns the spending ledger. Recorded spend moves from the
// organization module's order records into `spending_record`; the orders recorded before this
// migration are copied once (when the organization module's table exists: on a new database
// its migrations may run after these, with nothing to copy).
export class Migration20261207213000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "spending_record" ("id" text not null, "order_id" text not null, "cart_id" text null, "organization_id" text not null, "membership_id" text not null, "currency_code" text not null, "amount" numeric not null, "order_status" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "spending_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spending_record_deleted_at" ON "spending_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_spending_record_order_id_unique" ON "spending_record" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spending_record_membership_id_created_at" ON "spending_record" ("membership_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(BACKFILL_SPENDING_RECORDS);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "spending_record" cascade;`);
  }

}

/** The members' orders recorded so far, each once, with the time it was recorded (its period). */
const BACKFILL_SPENDING_RECORDS = `do $$ begin
  if to_regclass('organization_order') is not null then
    insert into "spending_record" ("id", "order_id", "cart_id", "organization_id", "membership_id", "currency_code", "amount", "raw_amount", "order_status", "created_at", "updated_at")
    select 'spend_' || upper(replace(gen_random_uuid()::text, '-', '')), o."order_id", o."cart_id", o."organization_id", o."membership_id",
           lower(o."currency_code"), o."total", o."raw_total", o."status", o."created_at", now()
      from "organization_order" o
     where o."membership_id" is not null and o."deleted_at" is null
       and not exists (select 1 from "spending_record" r where r."order_id" = o."order_id" and r."deleted_at" is null);
  end if;
end $$;`;
