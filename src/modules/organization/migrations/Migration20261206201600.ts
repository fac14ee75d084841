import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Issue 25: a member's spending limit is an amount per currency, `{ <currency>: amount }`.
 * An existing limit keeps the currency it was compared in: the organization's approval
 * policy's threshold currency where the policy has a threshold (before or after the approval
 * module's own migration, which turns `currency_code` into the threshold's key), else the
 * store's default currency, else `eur`.
 */
export class Migration20261206201600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DO $$
DECLARE
  fallback text;
BEGIN
  IF (SELECT data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'organization_membership' AND column_name = 'spending_limit') <> 'numeric' THEN
    RETURN;
  END IF;
  IF to_regclass('store_currency') IS NOT NULL THEN
    EXECUTE 'SELECT lower(currency_code) FROM store_currency WHERE is_default AND deleted_at IS NULL ORDER BY created_at LIMIT 1' INTO fallback;
  END IF;
  ALTER TABLE "organization_membership" ADD COLUMN "b2b_limit_currency" text NULL;
  IF EXISTS (SELECT 1 FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = 'approval_policy' AND column_name = 'currency_code') THEN
    EXECUTE 'UPDATE organization_membership m SET b2b_limit_currency = lower(p.currency_code)
               FROM approval_policy p
              WHERE p.organization_id = m.organization_id AND p.deleted_at IS NULL AND p.threshold IS NOT NULL
                AND m.spending_limit IS NOT NULL';
  ELSIF to_regclass('approval_policy') IS NOT NULL THEN
    EXECUTE 'UPDATE organization_membership m SET b2b_limit_currency = (SELECT min(k) FROM jsonb_object_keys(p.threshold) k)
               FROM approval_policy p
              WHERE p.organization_id = m.organization_id AND p.deleted_at IS NULL
                AND jsonb_typeof(p.threshold) = ''object'' AND m.spending_limit IS NOT NULL';
  END IF;
  EXECUTE format('ALTER TABLE organization_membership ALTER COLUMN spending_limit TYPE jsonb
                    USING (CASE WHEN spending_limit IS NULL THEN NULL
                                ELSE jsonb_build_object(coalesce(b2b_limit_currency, %L), spending_limit) END)',
                 coalesce(fallback, 'eur'));
  ALTER TABLE "organization_membership" DROP COLUMN "b2b_limit_currency";
END $$;`);
    this.addSql(`alter table if exists "organization_membership" drop column if exists "raw_spending_limit";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "organization_membership" add column if not exists "raw_spending_limit" jsonb null;`);
    this.addSql(`alter table "organization_membership" add column "b2b_limit_amount" numeric null;`);
    this.addSql(`update "organization_membership" set "b2b_limit_amount" = (select v::numeric from jsonb_each_text("spending_limit") as e(k, v) order by k limit 1) where "spending_limit" is not null;`);
    this.addSql(`alter table "organization_membership" drop column "spending_limit";`);
    this.addSql(`alter table "organization_membership" rename column "b2b_limit_amount" to "spending_limit";`);
  }

}
