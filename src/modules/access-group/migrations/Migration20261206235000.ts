import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// b2b_sales_channel_setting: per sales channel, whether members' carts are organization carts by default.
export class Migration20261206235000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "b2b_sales_channel_setting" ("id" text not null, "sales_channel_id" text not null, "organization_carts" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_sales_channel_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_b2b_sales_channel_setting_deleted_at" ON "b2b_sales_channel_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_b2b_sales_channel_setting_sales_channel_id_unique" ON "b2b_sales_channel_setting" ("sales_channel_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_sales_channel_setting" cascade;`);
  }

}
