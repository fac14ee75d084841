import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123114502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_order" drop constraint if exists "organization_order_order_id_unique";`);
    this.addSql(`alter table if exists "organization_location" drop constraint if exists "organization_location_organization_id_label_unique";`);
    this.addSql(`create table if not exists "organization_location" ("id" text not null, "organization_id" text not null, "label" text not null, "first_name" text null, "last_name" text null, "company" text null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text null, "postal_code" text not null, "country_code" text not null, "phone" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_location_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_location_organization_id" ON "organization_location" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_location_deleted_at" ON "organization_location" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_location_organization_id_label_unique" ON "organization_location" ("organization_id", "label") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_location_organization_id_created_at" ON "organization_location" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organization_membership_location" ("organization_location_id" text not null, "organization_membership_id" text not null, constraint "organization_membership_location_pkey" primary key ("organization_location_id", "organization_membership_id"));`);

    this.addSql(`create table if not exists "organization_order" ("id" text not null, "organization_id" text not null, "location_id" text null, "membership_id" text null, "order_id" text not null, "cart_id" text null, "status" text not null, "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_organization_id" ON "organization_order" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_location_id" ON "organization_order" ("location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_membership_id" ON "organization_order" ("membership_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_deleted_at" ON "organization_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_order_order_id_unique" ON "organization_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_organization_id_created_at" ON "organization_order" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_organization_id_membership_id_created_at" ON "organization_order" ("organization_id", "membership_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_order_organization_id_location_id_created_at" ON "organization_order" ("organization_id", "location_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "organization_location" add constraint "organization_location_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organization_membership_location" add constraint "organization_membership_location_organization_lo_2fca0_foreign" foreign key ("organization_location_id") references "organization_location" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "organization_membership_location" add constraint "organization_membership_location_organization_me_f4aee_foreign" foreign key ("organization_membership_id") references "organization_membership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organization_order" add constraint "organization_order_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table if exists "organization_order" add constraint "organization_order_location_id_foreign" foreign key ("location_id") references "organization_location" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "organization_order" add constraint "organization_order_membership_id_foreign" foreign key ("membership_id") references "organization_membership" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership_location" drop constraint if exists "organization_membership_location_organization_lo_2fca0_foreign";`);

    this.addSql(`alter table if exists "organization_order" drop constraint if exists "organization_order_location_id_foreign";`);

    this.addSql(`drop table if exists "organization_location" cascade;`);

    this.addSql(`drop table if exists "organization_membership_location" cascade;`);

    this.addSql(`drop table if exists "organization_order" cascade;`);
  }

}
