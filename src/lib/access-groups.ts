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

// Reading the groups is the access-group module's (listChannelGroups, isAdmitted,
// listAdmittedOrganizationIds); the rules they are judged by are here.

export type GroupActor = {
  customerId?: string | null
  organizationId?: string | null
  /** A guest checkout (a customer record without an account) rather than a logged-in customer. */
  guest?: boolean
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
