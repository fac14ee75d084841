import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123121359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_cart_id_unique";`);
    this.addSql(`alter table if exists "approval_policy" drop constraint if exists "approval_policy_organization_id_unique";`);
    this.addSql(`create table if not exists "approval_policy" ("id" text not null, "organization_id" text not null, "threshold" numeric null, "currency_code" text not null default 'eur', "period" text check ("period" in ('day', 'week', 'month', 'quarter', 'year')) not null default 'month', "metadata" jsonb null, "raw_threshold" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_policy_deleted_at" ON "approval_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_policy_organization_id_unique" ON "approval_policy" ("organization_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "approval_request" ("id" text not null, "cart_id" text not null, "organization_id" text not null, "requested_by" text not null, "requester_customer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'expired')) not null default 'pending', "fingerprint" text not null, "currency_code" text not null, "total" numeric not null, "reasons" jsonb not null default '[]', "decided_by" text null, "decided_at" timestamptz null, "comment" text null, "order_id" text null, "metadata" jsonb null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_deleted_at" ON "approval_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_organization_id_status_created_at" ON "approval_request" ("organization_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_organization_id_requested_by_created_at" ON "approval_request" ("organization_id", "requested_by", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_request_cart_id" ON "approval_request" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_approval_request_cart_id_unique" ON "approval_request" ("cart_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "approval_policy" cascade;`);

    this.addSql(`drop table if exists "approval_request" cascade;`);
  }

}
