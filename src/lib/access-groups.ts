import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RegistrationMode } from "../modules/access-group/types"
import { refusal } from "./refusal"
import { REFUSAL } from "./refusal-codes"

/** One group of one of the storefront's sales channels, and whether the actor is in it. */
export type ChannelGroup = {
  sales_channel_id: string
  access_group_id: string
  registration_mode: RegistrationMode
  has_customer: boolean
  has_organization: boolean
  /**
   * Whether the customer is an active member of the organization acted for (the same on
   * every row; false when acting for none). Membership, not a customer row, admits a
   * member: invited and merchant-added colleagues buy at once, removed ones stop at once.
   */
  member_active: boolean
}

export type GroupActor = {
  customerId?: string | null
  organizationId?: string | null
  /** A guest checkout (a customer record without an account) rather than a logged-in customer. */
  guest?: boolean
}

/**
 * The groups of the given sales channels, in one query over the link tables (their names
 * are fixed in src/links), with whether the customer and the organization belong to each.
 */
export async function channelGroups(
  container: MedusaContainer,
  salesChannelIds: string[],
  { customerId, organizationId }: GroupActor = {}
): Promise<ChannelGroup[]> {
  if (!salesChannelIds.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
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
  return rows
}

/**
 * Seed 001's rule. A sales channel in no group admits everybody. On a channel with groups,
 * whoever acts for an organization needs the organization in one of its groups and to be an
 * active member of it (the group's customer rows play no part: a contact who is no member
 * does not get in, and leaving the organization ends it); whoever acts for none needs to be
 * in one of its groups as a customer, logged in (a guest checkout's customer record is no
 * proof of anybody).
 * Where one of the channel's groups is `open` (B2C), whoever acts for no organization is
 * welcome too: guests, registered B2C buyers, and organization members buying privately
 * (a member's personal cart is the member's own purchase, whatever groups they are in).
 * With several channels (a publishable key may have more), one admitting channel suffices;
 * a key without channels restricts nothing.
 */
export function groupsAdmit(groups: ChannelGroup[], salesChannelIds: string[], actor: GroupActor) {
  if (!salesChannelIds.length) return true
  return salesChannelIds.some((channelId) => {
    const ofChannel = groups.filter((g) => g.sales_channel_id === channelId)
    if (!ofChannel.length) return true
    const shared = actor.organizationId
      ? ofChannel.some((g) => g.has_organization && g.member_active)
      : // A guest's customer record is only an e-mail somebody typed: a group's row does not admit it.
        !actor.guest && ofChannel.some((g) => g.has_customer)
    const welcome = !actor.organizationId && ofChannel.some((g) => g.registration_mode === "open")
    return shared || welcome
  })
}

/**
 * How a company that asks for an account through this channel is registered: at once when
 * the channel has groups and all are `open`; otherwise the merchant decides.
 */
export function registrationModeOf(groups: ChannelGroup[]): RegistrationMode {
  return groups.length && groups.every((g) => g.registration_mode === "open") ? "open" : "approval"
}

/**
 * The refusal of a shopper the channel does not admit, in their words: a guest has no account
 * to blame, so they are told to log in; a login is told that this shop is not open to it.
 */
export const notAdmittedRefusal = ({ guest }: { guest: boolean }) =>
  refusal(
    REFUSAL.not_admitted_on_storefront,
    guest
      ? "This shop sells to registered customers only: please log in, or ask the shop for an account"
      : "Your account cannot buy in this shop: please contact the shop if you think it should"
  )

/** Whether the actor may act through these sales channels. */
export async function admittedOnChannels(
  container: MedusaContainer,
  salesChannelIds: string[],
  actor: GroupActor
) {
  const groups = await channelGroups(container, salesChannelIds, actor)
  return groupsAdmit(groups, salesChannelIds, actor)
}

/**
 * The organizations of the customer's memberships they may act for through these sales
 * channels: those in a group of one of the channels (the rule above; the membership's own
 * status is the caller's filter). One query over the link tables; null when the channels
 * restrict nothing (a channel in no group, or no channel).
 */
export async function admittedOrganizationsOf(
  container: MedusaContainer,
  salesChannelIds: string[],
  customerId: string
): Promise<string[] | null> {
  const channels = [...new Set(salesChannelIds)]
  if (!channels.length) return null
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const {
    rows: [row],
  } = await knex.raw(
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
  return row.organization_ids as string[]
}
