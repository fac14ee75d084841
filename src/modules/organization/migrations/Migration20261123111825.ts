import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123111825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_account_request" drop constraint if exists "organization_account_request_activation_token_hash_unique";`);
    this.addSql(`alter table if exists "organization_access_group" drop constraint if exists "organization_access_group_name_unique";`);
    this.addSql(`create table if not exists "organization_access_group" ("id" text not null, "name" text not null, "registration_mode" text check ("registration_mode" in ('open', 'approval')) not null default 'approval', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_access_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_access_group_deleted_at" ON "organization_access_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_access_group_name_unique" ON "organization_access_group" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organization_access_group_organization" ("organization_access_group_id" text not null, "organization_id" text not null, constraint "organization_access_group_organization_pkey" primary key ("organization_access_group_id", "organization_id"));`);

    this.addSql(`alter table if exists "organization_access_group_organization" add constraint "organization_access_group_organization_organizat_69f9d_foreign" foreign key ("organization_access_group_id") references "organization_access_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "organization_access_group_organization" add constraint "organization_access_group_organization_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "organization_account_request" add column if not exists "activation_token_hash" text null, add column if not exists "activation_expires_at" timestamptz null, add column if not exists "activated_at" timestamptz null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_account_request_activation_token_hash_unique" ON "organization_account_request" ("activation_token_hash") WHERE activation_token_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_access_group_organization" drop constraint if exists "organization_access_group_organization_organizat_69f9d_foreign";`);

    this.addSql(`drop table if exists "organization_access_group" cascade;`);

    this.addSql(`drop table if exists "organization_access_group_organization" cascade;`);

    this.addSql(`drop index if exists "IDX_organization_account_request_activation_token_hash_unique";`);
    this.addSql(`alter table if exists "organization_account_request" drop column if exists "activation_token_hash", drop column if exists "activation_expires_at", drop column if exists "activated_at";`);
  }

}
