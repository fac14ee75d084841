import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123130356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_asset" drop constraint if exists "portal_asset_token_hash_unique";`);
    this.addSql(`alter table if exists "portal_access_code" drop constraint if exists "portal_access_code_code_hash_unique";`);
    this.addSql(`create table if not exists "portal_access_code" ("id" text not null, "organization_id" text not null, "location_id" text null, "requires_installation_token" boolean not null default false, "code_hash" text not null, "enabled" boolean not null default true, "regenerated_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_access_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_access_code_deleted_at" ON "portal_access_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_access_code_code_hash_unique" ON "portal_access_code" ("code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_access_code_organization_id_created_at" ON "portal_access_code" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "portal_asset" ("id" text not null, "organization_id" text not null, "location_id" text not null, "name" text not null, "serial_number" text null, "product_variant_id" text null, "token_hash" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_asset_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_asset_deleted_at" ON "portal_asset" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_asset_token_hash_unique" ON "portal_asset" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_asset_organization_id_location_id" ON "portal_asset" ("organization_id", "location_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_access_code" cascade;`);

    this.addSql(`drop table if exists "portal_asset" cascade;`);
  }

}
