import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Issue 25 (C): a request keeps what was asked (`snapshot`), and a request a newer one
// replaced after its approval is `superseded`.
export class Migration20261206204117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "approval_request" add column if not exists "snapshot" jsonb null;`);
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_status_check";`);
    this.addSql(`alter table if exists "approval_request" add constraint "approval_request_status_check" check ("status" in ('pending', 'approved', 'rejected', 'expired', 'superseded'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "approval_request" set "status" = 'expired' where "status" = 'superseded';`);
    this.addSql(`alter table if exists "approval_request" drop constraint if exists "approval_request_status_check";`);
    this.addSql(`alter table if exists "approval_request" add constraint "approval_request_status_check" check ("status" in ('pending', 'approved', 'rejected', 'expired'));`);
    this.addSql(`alter table if exists "approval_request" drop column if exists "snapshot";`);
  }

}
