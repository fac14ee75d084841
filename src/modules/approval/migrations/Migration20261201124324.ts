import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201124324 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_request" add column if not exists "decided_by_type" text check ("decided_by_type" in ('member', 'merchant')) null;`);
    // Decisions before this column were all made by members in the store.
    this.addSql(`update "approval_request" set "decided_by_type" = 'member' where "decided_by" is not null and "decided_by_type" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "approval_request" drop column if exists "decided_by_type";`);
  }

}
