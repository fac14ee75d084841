import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201211357 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_organization_membership_organization_id_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_organization_id_created_at_id" ON "organization_membership" ("organization_id", "created_at", "id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_organization_membership_organization_id_created_at_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_organization_membership_organization_id_created_at" ON "organization_membership" ("organization_id", "created_at") WHERE deleted_at IS NULL;`);
  }

}
