import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Issue 30: the scheduled subscription reminder remembers which end date it reminded of.
export class Migration20261207190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "entitlement" add column if not exists "ending_reminded_for" timestamptz null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_entitlement_kind_ends_at" ON "entitlement" ("kind", "ends_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_entitlement_kind_ends_at";`)
    this.addSql(`alter table if exists "entitlement" drop column if exists "ending_reminded_for";`)
  }
}
