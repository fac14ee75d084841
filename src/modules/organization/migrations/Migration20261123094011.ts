import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123094011 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_invitation" drop constraint if exists "organization_invitation_organization_id_email_unique";`);
    this.addSql(`alter table if exists "organization_invitation" drop constraint if exists "organization_invitation_token_hash_unique";`);
    this.addSql(`create table if not exists "organization_invitation" ("id" text not null, "organization_id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'requester')) not null, "grants" jsonb not null default '[]', "revokes" jsonb not null default '[]', "location_ids" jsonb not null default '[]', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by" text null, "membership_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_invitation_organization_id" ON "organization_invitation" ("organization_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_invitation_deleted_at" ON "organization_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_invitation_token_hash_unique" ON "organization_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_invitation_organization_id_email_unique" ON "organization_invitation" ("organization_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_invitation_organization_id_created_at" ON "organization_invitation" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "organization_invitation" add constraint "organization_invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_invitation" cascade;`);
  }

}
