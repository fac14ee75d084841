import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201104203 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" add column if not exists "tokens_valid_from" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" drop column if exists "tokens_valid_from";`);
  }

}
