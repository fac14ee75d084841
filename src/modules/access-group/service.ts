import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { groupsAdmit, type ChannelGroup, type GroupActor } from "../../lib/access-groups"
import { asSqlManager } from "../../lib/sql-manager"
import AccessGroup from "./models/access-group"
import SalesChannelSetting from "./models/sales-channel-setting"
import type { AccessGroupDTO, SalesChannelSettingDTO, SalesChannelSettings } from "./types"

/** What a sales channel without a setting row means: nothing changes for any shopper. */
export const DEFAULT_SALES_CHANNEL_SETTINGS = { organization_carts: false } as const

// The key names the generated methods (listOrganizationAccessGroups, …) and keeps the model's
// graph name (`organization_access_group`) and link columns from the organization module.
class AccessGroupModuleService extends MedusaService<{
  OrganizationAccessGroup: { dto: AccessGroupDTO }
  SalesChannelSetting: { dto: SalesChannelSettingDTO }
}>({ OrganizationAccessGroup: AccessGroup, SalesChannelSetting }) {
  /** The channel's settings, the defaults where the merchant set none. */
  @InjectManager()
  async retrieveSalesChannelSettings(
    salesChannelId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SalesChannelSettings> {
    const [row] = await asSqlManager(sharedContext.manager).execute(
      "select organization_carts from b2b_sales_channel_setting where sales_channel_id = ? and deleted_at is null",
      [salesChannelId]
    )
    return { sales_channel_id: salesChannelId, organization_carts: row?.organization_carts ?? DEFAULT_SALES_CHANNEL_SETTINGS.organization_carts }
  }

  /**
   * Writes the channel's settings in one statement (parallel first writes meet at the unique
   * index and the later one updates). Answers the settings before the write, for compensation.
   */
  @InjectTransactionManager()
  async upsertSalesChannelSettings(
    settings: SalesChannelSettings,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SalesChannelSettings> {
    const previous = await this.retrieveSalesChannelSettings(settings.sales_channel_id, sharedContext)
    await asSqlManager(sharedContext.transactionManager).execute(
      `insert into b2b_sales_channel_setting (id, sales_channel_id, organization_carts)
       values (?, ?, ?)
       on conflict (sales_channel_id) where deleted_at is null
       do update set organization_carts = excluded.organization_carts, updated_at = now()`,
      [generateEntityId(undefined, "scset"), settings.sales_channel_id, settings.organization_carts]
    )
    return previous
  }

  /**
   * The groups of the given sales channels, in one query over the link tables (their names
   * are fixed in src/links), with whether the customer and the organization belong to each
   * (and whether the customer is an active member of that organization: the organization
   * module's membership table, read here so admission is one statement). The access-group
   * module's one reader of its link tables.
   */
  @InjectManager()
  async listChannelGroups(
    salesChannelIds: string[],
    { customerId, organizationId }: GroupActor = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ChannelGroup[]> {
    if (!salesChannelIds.length) return []
    return asSqlManager(sharedContext.manager).execute<ChannelGroup>(
      `select l.sales_channel_id, g.id as access_group_id, g.registration_mode,
            exists (select 1 from b2b_access_group_customer c
                     where c.organization_access_group_id = g.id and c.customer_id = ?
                       and c.deleted_at is null) as has_customer,
            exists (select 1 from organization_access_group_organization o
                     where o.organization_access_group_id = g.id and o.organization_id = ?
                       and o.deleted_at is null) as has_organization,
            exists (select 1 from organization_membership m
                     where m.organization_id = ? and m.customer_id = ? and m.status = 'active'
                       and m.deleted_at is null) as member_active
       from b2b_access_group_sales_channel l
       join organization_access_group g on g.id = l.organization_access_group_id and g.deleted_at is null
      where l.sales_channel_id in (${salesChannelIds.map(() => "?").join(", ")}) and l.deleted_at is null`,
      [
        customerId ?? null,
        organizationId ?? null,
        organizationId ?? null,
        customerId ?? null,
        ...salesChannelIds,
      ]
    )
  }

  /** Whether the actor may act through these sales channels (lib/access-groups `groupsAdmit`): the one admission reader. */
  @InjectManager()
  async isAdmitted(
    salesChannelIds: string[],
    actor: GroupActor,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const groups = await this.listChannelGroups(salesChannelIds, actor, sharedContext)
    return groupsAdmit(groups, salesChannelIds, actor)
  }

  /**
   * The organizations of the customer's memberships they may act for through these sales
   * channels: those in a group of one of the channels (the rule of `groupsAdmit`; the
   * membership's own status is the caller's filter). One query over the link tables; null
   * when the channels restrict nothing (a channel in no group, or no channel).
   */
  @InjectManager()
  async listAdmittedOrganizationIds(
    salesChannelIds: string[],
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[] | null> {
    const channels = [...new Set(salesChannelIds)]
    if (!channels.length) return null
    const [row] = await asSqlManager(sharedContext.manager).execute<{ grouped_channels: number; organization_ids: string[] }>(
      `with channel_group as (
       select l.sales_channel_id, l.organization_access_group_id as access_group_id
         from b2b_access_group_sales_channel l
         join organization_access_group g on g.id = l.organization_access_group_id and g.deleted_at is null
        where l.sales_channel_id in (${channels.map(() => "?").join(", ")}) and l.deleted_at is null)
     select (select count(distinct sales_channel_id) from channel_group)::int as grouped_channels,
            array(select distinct o.organization_id
                    from organization_access_group_organization o
                    join channel_group cg on cg.access_group_id = o.organization_access_group_id and o.deleted_at is null
                    join organization_membership m on m.organization_id = o.organization_id
                     and m.customer_id = ? and m.deleted_at is null) as organization_ids`,
      [...channels, customerId]
    )
    if (row.grouped_channels < channels.length) return null
    return row.organization_ids
  }
}

export default AccessGroupModuleService
