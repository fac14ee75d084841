import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201094927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" drop constraint if exists "organization_membership_status_check";`);

    this.addSql(`alter table if exists "organization_membership" add constraint "organization_membership_status_check" check("status" in ('pending', 'active', 'deactivated'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" drop constraint if exists "organization_membership_status_check";`);

    this.addSql(`alter table if exists "organization_membership" add constraint "organization_membership_status_check" check("status" in ('active', 'deactivated'));`);
  }

}
