import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123123811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "entitlement_seat" drop constraint if exists "entitlement_seat_entitlement_id_participant_email_unique";`);
    this.addSql(`alter table if exists "entitlement_seat" drop constraint if exists "entitlement_seat_entitlement_id_membership_id_unique";`);
    this.addSql(`alter table if exists "entitlement" drop constraint if exists "entitlement_source_line_item_id_unique";`);
    this.addSql(`create table if not exists "entitlement" ("id" text not null, "organization_id" text not null, "kind" text check ("kind" in ('subscription', 'training')) not null, "title" text not null, "product_id" text null, "product_variant_id" text null, "seats" integer null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "source_order_id" text null, "source_line_item_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "entitlement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_entitlement_deleted_at" ON "entitlement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_entitlement_organization_id_created_at" ON "entitlement" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_entitlement_source_line_item_id_unique" ON "entitlement" ("source_line_item_id") WHERE source_line_item_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "entitlement_seat" ("id" text not null, "entitlement_id" text not null, "membership_id" text null, "participant_name" text null, "participant_email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "entitlement_seat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_entitlement_seat_entitlement_id" ON "entitlement_seat" ("entitlement_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_entitlement_seat_deleted_at" ON "entitlement_seat" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_entitlement_seat_entitlement_id_membership_id_unique" ON "entitlement_seat" ("entitlement_id", "membership_id") WHERE membership_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_entitlement_seat_entitlement_id_participant_email_unique" ON "entitlement_seat" ("entitlement_id", "participant_email") WHERE participant_email IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_entitlement_seat_membership_id" ON "entitlement_seat" ("membership_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "entitlement_seat" add constraint "entitlement_seat_entitlement_id_foreign" foreign key ("entitlement_id") references "entitlement" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "entitlement_seat" drop constraint if exists "entitlement_seat_entitlement_id_foreign";`);

    this.addSql(`drop table if exists "entitlement" cascade;`);

    this.addSql(`drop table if exists "entitlement_seat" cascade;`);
  }

}
