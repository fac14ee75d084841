import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201095000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" add column if not exists "spending_limit_set_by" text check ("spending_limit_set_by" in ('merchant', 'organization')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" drop column if exists "spending_limit_set_by";`);
  }

}
