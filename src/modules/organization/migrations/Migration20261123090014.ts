import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123090014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" drop constraint if exists "organization_membership_organization_id_customer_id_unique";`);
    this.addSql(`create table if not exists "organization_membership" ("id" text not null, "organization_id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'requester')) not null, "grants" jsonb not null default '[]', "revokes" jsonb not null default '[]', "status" text check ("status" in ('active', 'deactivated')) not null default 'active', "spending_limit" numeric null, "notification_preferences" jsonb not null default '{"general":true,"orders":true,"billing":true,"support":true}', "metadata" jsonb null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_organization_id" ON "organization_membership" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_deleted_at" ON "organization_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_membership_organization_id_customer_id_unique" ON "organization_membership" ("organization_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_customer_id" ON "organization_membership" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_organization_id_created_at" ON "organization_membership" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "organization_membership" add constraint "organization_membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_membership" cascade;`);
  }

}
