import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The table was the organization module's (migrations up to 20261201) and keeps its name and
// data: on such a database every statement here is a no-op; on a fresh one it creates it.
export class Migration20261201164304 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_account_request" drop constraint if exists "organization_account_request_activation_token_hash_unique";`);
    this.addSql(`alter table if exists "organization_account_request" drop constraint if exists "organization_account_request_email_unique";`);
    this.addSql(`create table if not exists "organization_account_request" ("id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "company_name" text not null, "vat_number" text not null, "registration_number" text not null, "country_code" text not null, "address" jsonb null, "first_name" text not null, "last_name" text not null, "email" text not null, "phone" text null, "sales_channel_id" text null, "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "organization_id" text null, "customer_id" text null, "activation_token_hash" text null, "activation_expires_at" timestamptz null, "activated_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_account_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_account_request_deleted_at" ON "organization_account_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_account_request_email_unique" ON "organization_account_request" ("email") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_account_request_status_created_at" ON "organization_account_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_account_request_activation_token_hash_unique" ON "organization_account_request" ("activation_token_hash") WHERE activation_token_hash IS NOT NULL AND deleted_at IS NULL;`);
  }

  // Never drops: the rows may predate this module (created by the organization module's migrations).
  override async down(): Promise<void> {}

}
