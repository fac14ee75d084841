import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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
}

export default AccessGroupModuleService
