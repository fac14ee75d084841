import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201094859 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "b2b_attempt_counter" ("key" text not null, "count" integer not null default 0, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "b2b_attempt_counter_pkey" primary key ("key"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_b2b_attempt_counter_deleted_at" ON "b2b_attempt_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_b2b_attempt_counter_expires_at" ON "b2b_attempt_counter" ("expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "b2b_attempt_counter" cascade;`);
  }

}
