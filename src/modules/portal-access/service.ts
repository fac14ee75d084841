import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import AccessCode from "./models/access-code"
import Asset from "./models/asset"
import AttemptCounter from "./models/attempt-counter"

import type { AccessCodeDTO, AssetDTO, AttemptCounterDTO, PortalGrant, PortalGrantLookup } from "./types"
import { asSqlManager } from "../../lib/sql-manager"

export type { PortalGrant, PortalGrantLookup }

// The manager runs raw SQL (one-query reads, atomic upserts).
const managerOf = (context: Context) => asSqlManager(context.manager)

class PortalAccessModuleService extends MedusaService<{
  PortalAccessCode: { dto: AccessCodeDTO }
  PortalAsset: { dto: AssetDTO }
  AttemptCounter: { dto: AttemptCounterDTO }
}>({ PortalAccessCode: AccessCode, PortalAsset: Asset, AttemptCounter }) {
  /**
   * The live grant behind a code, or null: the code enabled, its organization not deleted
   * and active, its location (if any) not deleted, and the asset (if asked for) one of the
   * code's organization and location. One query over primary keys and unique hash indexes;
   * it joins the organization module's tables, which live in the same database (the
   * plugin's modules are installed together).
   */
  @InjectManager()
  async retrievePortalGrant(lookup: PortalGrantLookup, @MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    const byHash = "code_hash" in lookup
    const codeValue = byHash ? lookup.code_hash : lookup.code_id
    const assetValue = (byHash ? lookup.asset_token_hash : lookup.asset_id) ?? null
    const [row] = await manager.execute(
      `select c.id as code_id, c.code_hash, c.regenerated_at, c.requires_installation_token,
              c.organization_id, c.location_id,
              a.id as asset_id, a.location_id as asset_location_id, a.token_hash as asset_token_hash
         from portal_access_code c
         join organization o on o.id = c.organization_id and o.deleted_at is null and o.status = 'active'
         left join organization_location l on l.id = c.location_id and l.deleted_at is null
         left join portal_asset a on a.${byHash ? "token_hash" : "id"} = ? and a.deleted_at is null
              and a.organization_id = c.organization_id and (c.location_id is null or a.location_id = c.location_id)
        where c.${byHash ? "code_hash" : "id"} = ? and c.enabled and c.deleted_at is null
          and (c.location_id is null or l.id is not null)`,
      [assetValue, codeValue]
    )
    return (row ?? null) as PortalGrant | null
  }

  /**
   * Counts one attempt under `key` and answers the count of the current window: one atomic
   * upsert, so parallel requests (on any number of servers) each get a distinct count. A
   * window starts at the first attempt after the previous one ended.
   */
  @InjectManager()
  async countAttempt(key: string, windowSeconds: number, @MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    const [row] = await manager.execute(
      `insert into b2b_attempt_counter (key, count, expires_at)
       values (?, 1, now() + make_interval(secs => ?))
       on conflict (key) do update set
         count = case when b2b_attempt_counter.expires_at > now() then b2b_attempt_counter.count + 1 else 1 end,
         expires_at = case when b2b_attempt_counter.expires_at > now() then b2b_attempt_counter.expires_at
                           else excluded.expires_at end,
         updated_at = now()
       returning count, ceil(extract(epoch from expires_at - now()))::int as retry_after`,
      [key, windowSeconds]
    )
    return { count: row.count as number, retryAfterSeconds: Math.max(1, row.retry_after as number) }
  }

  /** Takes back one attempt of the current window (a success that "failures only" does not count). */
  @InjectManager()
  async refundAttempt(key: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    await manager.execute(
      `update b2b_attempt_counter set count = greatest(count - 1, 0), updated_at = now()
        where key = ? and expires_at > now()`,
      [key]
    )
  }

  /** Drops counters whose window has ended (a scheduled job keeps the table small). */
  @InjectManager()
  async purgeExpiredAttempts(@MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    await manager.execute("delete from b2b_attempt_counter where expires_at <= now()")
  }
}

export default PortalAccessModuleService
