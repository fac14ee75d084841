import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The tables were the organization module's (migrations up to 20261201) and keep their names and
// data. `organization_access_group`: a no-op on such a database, created on a fresh one.
// `organization_access_group_organization`, the organization module's many-to-many pivot, becomes
// the table of the module link src/links/access-group-organization.ts in place: the columns a
// link table has are added (rows keep their pairs and get ids), so the link sync that runs after
// the modules' migrations finds the table ready and only adds its indexes.
export class Migration20261201165049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_access_group" drop constraint if exists "organization_access_group_name_unique";`);
    this.addSql(`create table if not exists "organization_access_group" ("id" text not null, "name" text not null, "registration_mode" text check ("registration_mode" in ('open', 'approval')) not null default 'approval', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "organization_access_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_access_group_deleted_at" ON "organization_access_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_organization_access_group_name_unique" ON "organization_access_group" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "organization_access_group_organization" ("organization_access_group_id" varchar(255) not null, "organization_id" varchar(255) not null, constraint "organization_access_group_organization_pkey" primary key ("organization_access_group_id", "organization_id"));`);
    // Link tables have no foreign keys (a link is dismissed, not cascaded by the database).
    this.addSql(`alter table if exists "organization_access_group_organization" drop constraint if exists "organization_access_group_organization_organizat_69f9d_foreign";`);
    this.addSql(`alter table if exists "organization_access_group_organization" drop constraint if exists "organization_access_group_organization_organization_id_foreign";`);
    this.addSql(`alter table if exists "organization_access_group_organization" alter column "organization_access_group_id" type varchar(255), alter column "organization_id" type varchar(255);`);
    this.addSql(`alter table if exists "organization_access_group_organization" add column if not exists "id" varchar(255) null, add column if not exists "created_at" timestamptz not null default CURRENT_TIMESTAMP, add column if not exists "updated_at" timestamptz not null default CURRENT_TIMESTAMP, add column if not exists "deleted_at" timestamptz null;`);
    this.addSql(`update "organization_access_group_organization" set "id" = 'accgrporg_' || md5(organization_access_group_id || ':' || organization_id) where "id" is null;`);
    this.addSql(`alter table if exists "organization_access_group_organization" alter column "id" set not null;`);
  }

  // Never drops: the rows may predate this module (created by the organization module's migrations).
  override async down(): Promise<void> {}

}
