import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Issue 25: amounts per currency, and what a completion checked.
 * - approval_policy.threshold becomes `{ <currency>: amount }`: an existing threshold keeps
 *   the currency it was set in (`currency_code`, then dropped).
 * - spending_reservation records every organization completion (member, location, spend)
 *   and holds spend only once Medusa's checks of the cart passed; rows in flight were held.
 * The organization module's migration of spending limits reads `currency_code` when it runs
 * before this one, or the threshold's currency after it.
 */
export class Migration20261206201500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DO $$
BEGIN
  IF (SELECT data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'approval_policy' AND column_name = 'threshold') = 'numeric' THEN
    ALTER TABLE "approval_policy" ALTER COLUMN "threshold" TYPE jsonb
      USING (CASE WHEN "threshold" IS NULL THEN NULL ELSE jsonb_build_object(lower("currency_code"), "threshold") END);
  END IF;
END $$;`);
    this.addSql(`alter table if exists "approval_policy" drop column if exists "raw_threshold";`);
    this.addSql(`alter table if exists "approval_policy" drop column if exists "currency_code";`);

    this.addSql(`alter table if exists "spending_reservation" add column if not exists "location_id" text null, add column if not exists "limit_amount" numeric null, add column if not exists "period" text null, add column if not exists "approved" boolean not null default false, add column if not exists "held" boolean not null default false, add column if not exists "raw_limit_amount" jsonb null;`);
    this.addSql(`update "spending_reservation" set "held" = true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "approval_policy" add column if not exists "currency_code" text not null default 'eur', add column if not exists "raw_threshold" jsonb null;`);
    this.addSql(`update "approval_policy" set "currency_code" = coalesce((select min(k) from jsonb_object_keys("threshold") k), 'eur') where "threshold" is not null;`);
    this.addSql(`alter table "approval_policy" alter column "threshold" type numeric using (("threshold" ->> "currency_code")::numeric);`);
    this.addSql(`alter table if exists "spending_reservation" drop column if exists "location_id", drop column if exists "limit_amount", drop column if exists "period", drop column if exists "approved", drop column if exists "held", drop column if exists "raw_limit_amount";`);
  }

}
