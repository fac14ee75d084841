import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123085000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "organization" ("id" text not null, "name" text not null, "legal_name" text null, "vat_number" text null, "registration_number" text null, "country_code" text null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_deleted_at" ON "organization" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_status" ON "organization" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_created_at" ON "organization" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization" cascade;`);
  }

}
