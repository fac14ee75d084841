import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201095242 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "spending_reservation" drop constraint if exists "spending_reservation_cart_id_unique";`);
    this.addSql(`create table if not exists "spending_reservation" ("id" text not null, "cart_id" text not null, "organization_id" text not null, "membership_id" text not null, "currency_code" text not null, "amount" numeric not null, "expires_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "spending_reservation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spending_reservation_deleted_at" ON "spending_reservation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_spending_reservation_cart_id_unique" ON "spending_reservation" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spending_reservation_membership_id_expires_at" ON "spending_reservation" ("membership_id", "expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "spending_reservation" cascade;`);
  }

}
