import type { InferTypeOf } from "@medusajs/framework/types"
import type AccessGroup from "./models/access-group"
import type SalesChannelSetting from "./models/sales-channel-setting"

export type AccessGroupDTO = InferTypeOf<typeof AccessGroup>
export type RegistrationMode = AccessGroupDTO["registration_mode"]
export type CreateAccessGroupDTO = Pick<AccessGroupDTO, "name"> &
  Partial<Pick<AccessGroupDTO, "registration_mode" | "metadata">>
export type UpdateAccessGroupDTO = Pick<AccessGroupDTO, "id"> &
  Partial<Pick<AccessGroupDTO, "name" | "registration_mode" | "metadata">>

/** The three kinds of members an access group has, as the admin API names them. */
export const ACCESS_GROUP_RESOURCES = ["sales-channels", "organizations", "customers"] as const
export type AccessGroupResource = (typeof ACCESS_GROUP_RESOURCES)[number]

export type SalesChannelSettingDTO = InferTypeOf<typeof SalesChannelSetting>
/** A sales channel's settings as the admin API answers them (defaults where no row exists). */
export type SalesChannelSettings = Pick<SalesChannelSettingDTO, "sales_channel_id" | "organization_carts">
