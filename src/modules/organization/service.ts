import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import { REFUSAL } from "../../lib/refusal-codes"
import { refusal } from "../../lib/refusal"
import { tokenRefusalOf } from "../../lib/token-state"
import { resolveOptions, type B2BAccountsOptions, type ResolvedOptions } from "../../lib/options"
import { ADMIN_PERMISSION, ROLE_PERMISSIONS, ROLES, type Permission } from "../../lib/permissions"
import { currencyAmountsOf } from "../../lib/money"
import { secretMatches } from "../../lib/secrets"
import Invitation from "./models/invitation"
import Location from "./models/location"
import Membership from "./models/membership"
import Organization from "./models/organization"
import OrganizationOrder from "./models/organization-order"
import type {
  ActingMembership,
  InvitationDTO,
  LocationDTO,
  MembershipDTO,
  OrganizationDTO,
  OrganizationOrderDTO,
  UpdateMembershipDTO,
} from "./types"
import { asSqlManager } from "../../lib/sql-manager"
import { ADDRESS_KEY_FIELDS, type AddressKeyField } from "../../lib/addresses"
import { membershipCountStatement, membershipPageStatement, toMembershipPage, type MembershipPageQuery } from "./membership-page"

// The keys name the generated methods (listOrganizationMemberships, …), which must match
// the model names for query.graph to find them.
class OrganizationModuleService extends MedusaService<{
  Organization: { dto: OrganizationDTO }
  OrganizationMembership: { dto: MembershipDTO }
  OrganizationInvitation: { dto: InvitationDTO }
  OrganizationLocation: { dto: LocationDTO }
  OrganizationOrder: { dto: OrganizationOrderDTO }
}>({
  Organization,
  OrganizationMembership: Membership,
  OrganizationInvitation: Invitation,
  OrganizationLocation: Location,
  OrganizationOrder,
}) {
  protected readonly options_: ResolvedOptions

  constructor(container: Record<string, unknown>, options: B2BAccountsOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOptions(options)
  }

  /** The plugin's options with defaults applied (Medusa passes plugin options to its modules). */
  getPluginOptions(): ResolvedOptions {
    return this.options_
  }

  /**
   * Turns an invitation into a membership, once: the invitation row is locked for the
   * transaction, so of two parallel accepts of one token the second finds it used.
   */
  @InjectTransactionManager()
  async acceptInvitation(
    token: string,
    tokenHash: string,
    customer: { id: string; email: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ invitation: InvitationDTO; membership: MembershipDTO }> {
    const manager = asSqlManager(sharedContext.transactionManager)
    const [row] = await manager.execute(
      `select i.id, i.organization_id, i.email, i.role, i.grants, i.revokes, i.token_hash,
              i.expires_at, i.accepted_at, i.revoked_at, o.status as organization_status
         from organization_invitation i
         join organization o on o.id = i.organization_id and o.deleted_at is null
        where i.token_hash = ? and i.deleted_at is null
        for update of i`,
      [tokenHash]
    )
    // Withdrawn, or its organization suspended: as good as unknown.
    const state =
      row && secretMatches(token, row.token_hash) && !row.revoked_at && row.organization_status === "active"
        ? { used: !!row.accepted_at, expired: new Date(row.expires_at).getTime() <= Date.now() }
        : null
    const refused = tokenRefusalOf("invitation", state)
    if (refused) throw refusal(refused.code, refused.message, { invalidData: true })
    if (row.email !== customer.email.toLowerCase()) {
      throw refusal(
        REFUSAL.invitation_other_email,
        "This invitation was sent to another e-mail address; log in with that address to accept it"
      )
    }
    const [existing] = await this.listOrganizationMemberships(
      { organization_id: row.organization_id, customer_id: customer.id },
      { select: ["id"] },
      sharedContext
    )
    if (existing) {
      throw new ConflictError("You are already a member of this organization")
    }
    const membership = await this.createOrganizationMemberships(
      {
        organization_id: row.organization_id,
        customer_id: customer.id,
        role: row.role,
        grants: row.grants,
        revokes: row.revokes,
      },
      sharedContext
    )
    const invitation = await this.updateOrganizationInvitations(
      { id: row.id, accepted_at: new Date(), membership_id: membership.id },
      sharedContext
    )
    return { invitation, membership }
  }

  /**
   * The membership a customer acts with, in one query: for `organizationId`, or the
   * customer's only membership when none is given. Up to two rows come back for the
   * second case so the caller can tell "one" from "several". Deleted organizations and
   * memberships never match.
   */
  @InjectManager()
  async listActingMemberships(
    customerId: string,
    organizationId?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ActingMembership[]> {
    // Without a named organization, a membership still waiting for its e-mailed confirmation
    // is not a candidate for "the customer's only organization".
    return organizationId
      ? this.actingMembershipRows_(customerId, "and m.organization_id = ?", [organizationId], sharedContext)
      : this.actingMembershipRows_(customerId, "and m.status <> 'pending'", [], sharedContext)
  }

  /**
   * The memberships a customer may act with now (active, in an active organization), among
   * `organizationIds` when given: the candidates for the organization a cart is for by default.
   * Up to two rows, so the caller tells "none", "one" and "several" apart. One query.
   */
  @InjectManager()
  async listMembershipsMayAct(
    customerId: string,
    organizationIds: string[] | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ActingMembership[]> {
    if (organizationIds && !organizationIds.length) return []
    const among = organizationIds ? `and m.organization_id in (${organizationIds.map(() => "?").join(", ")})` : ""
    return this.actingMembershipRows_(
      customerId,
      `and m.status = 'active' and o.status = 'active' ${among}`,
      organizationIds ?? [],
      sharedContext
    )
  }

  /** The customer's live memberships (with their organization's status) that match `filter`: up to two, oldest first. */
  private async actingMembershipRows_(
    customerId: string,
    filter: string,
    params: unknown[],
    sharedContext: Context
  ): Promise<ActingMembership[]> {
    const rows = await asSqlManager(sharedContext.manager).execute(
      `select m.id, m.organization_id, m.customer_id, m.role, m.grants, m.revokes, m.status,
              m.spending_limit, o.status as organization_status
         from organization_membership m
         join organization o on o.id = m.organization_id and o.deleted_at is null
        where m.customer_id = ? and m.deleted_at is null ${filter}
        order by m.created_at
        limit 2`,
      [customerId, ...params]
    )
    return rows.map((row) => ({ ...row, spending_limit: currencyAmountsOf(row.spending_limit) }))
  }

  /**
   * Updates memberships of one organization, keeping at least one active admin. The
   * organization row is locked for the transaction, so concurrent changes run one after
   * the other and each sees the previous one's result.
   */
  @InjectTransactionManager()
  async updateMembershipsKeepingAdmin(
    organizationId: string,
    data: UpdateMembershipDTO[],
    // Runs under the lock, before the write: who may make the change is decided on current rows.
    { authorize }: { authorize?: (sharedContext: Context) => Promise<void> } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MembershipDTO[]> {
    await this.lockOrganization_(organizationId, sharedContext)
    const admins = await this.countAdmins_(organizationId, sharedContext)
    await this.assertMembershipsBelong_(organizationId, data.map((d) => d.id), sharedContext)
    await authorize?.(sharedContext)
    const updated = await this.updateOrganizationMemberships(
      data.map(({ location_ids: _locations, ...fields }) => fields),
      sharedContext
    )
    for (const { id, location_ids } of data) {
      if (location_ids) await this.replaceMembershipLocations(organizationId, id, location_ids, sharedContext)
    }
    await this.assertKeepsAdmin_(organizationId, admins, sharedContext)
    return updated
  }

  /**
   * The active members holding `permission` (by role or grant, not revoked), filtered in the
   * database: e.g. the approvers to notify, without loading the whole organization.
   */
  @InjectManager()
  async listMembershipsWithPermission(
    organizationId: string,
    permission: Permission,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; customer_id: string; notification_preferences: Record<string, boolean> }[]> {
    const manager = asSqlManager(sharedContext.manager)
    const roles = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission))
    const permissionJson = JSON.stringify([permission])
    return manager.execute(
      `select id, customer_id, notification_preferences from organization_membership
        where organization_id = ? and status = 'active' and deleted_at is null
          and (role in (${roles.map(() => "?").join(", ") || "null"}) or grants @> ?::jsonb)
          and not (revokes @> ?::jsonb)
        order by created_at`,
      [organizationId, ...roles, permissionJson, permissionJson]
    )
  }

  /**
   * One page of an organization's memberships as plain rows, with the count and each member's
   * locations, in one statement (membership-page.ts); a second only for a page past the end.
   */
  @InjectManager()
  async listMembershipPage(query: MembershipPageQuery, @MedusaContext() sharedContext: Context = {}) {
    const manager = asSqlManager(sharedContext.manager)
    const { sql, params } = membershipPageStatement(query)
    const page = toMembershipPage(await manager.execute(sql, params))
    if (page.count !== null) return { rows: page.rows, count: page.count }
    const count = membershipCountStatement(query)
    const [row] = await manager.execute(count.sql, count.params)
    return { rows: page.rows, count: row.count as number }
  }

  /**
   * The organization's live locations with the address fields a cart's address is matched on,
   * each with whether it is assigned to the customer's membership there: the cart rule's one
   * read, by customer so that it runs beside the membership's own read.
   */
  @InjectManager()
  async listLocationsAssignedTo(organizationId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = asSqlManager(sharedContext.manager)
    return manager.execute<Pick<LocationDTO, "id" | "label" | AddressKeyField> & { assigned: boolean }>(
      `select l.id, l.label, ${ADDRESS_KEY_FIELDS.map((field) => `l.${field}`).join(", ")},
              exists (select 1 from organization_membership_location ml
                        join organization_membership m on m.id = ml.organization_membership_id
                         and m.customer_id = ? and m.organization_id = l.organization_id and m.deleted_at is null
                       where ml.organization_location_id = l.id) as assigned
         from organization_location l
        where l.organization_id = ? and l.deleted_at is null
        order by l.created_at, l.id`,
      [customerId, organizationId]
    )
  }

  /** The ids of the (live) locations assigned to a membership. */
  @InjectManager()
  async listMembershipLocationIds(membershipId: string, @MedusaContext() sharedContext: Context = {}) {
    // Inside a caller's transaction (e.g. under the organization's lock) read on its connection.
    const manager = asSqlManager(sharedContext.transactionManager ?? sharedContext.manager)
    const rows = await manager.execute(
      `select ml.organization_location_id as id
         from organization_membership_location ml
         join organization_location l on l.id = ml.organization_location_id and l.deleted_at is null
        where ml.organization_membership_id = ?`,
      [membershipId]
    )
    return rows.map((row) => row.id as string)
  }

  /** Replaces a member's locations; each must be a live location of the same organization. */
  @InjectTransactionManager()
  async replaceMembershipLocations(
    organizationId: string,
    membershipId: string,
    locationIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = asSqlManager(sharedContext.transactionManager)
    const ids = [...new Set(locationIds)]
    if (ids.length) {
      const found = await manager.execute(
        `select id from organization_location
          where organization_id = ? and deleted_at is null and id in (${ids.map(() => "?").join(", ")})`,
        [organizationId, ...ids]
      )
      const missing = ids.find((id) => !found.some((row) => row.id === id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${missing} was not found`)
      }
    }
    await manager.execute("delete from organization_membership_location where organization_membership_id = ?", [
      membershipId,
    ])
    for (const id of ids) {
      await manager.execute(
        "insert into organization_membership_location (organization_location_id, organization_membership_id) values (?, ?)",
        [id, membershipId]
      )
    }
  }

  /**
   * Gives new memberships their locations in one statement, whatever the number of rows
   * (a batch of added members): pairs whose location or membership is not a live one of the
   * organization are skipped, as assign-membership-locations drops deleted locations. The pairs
   * travel as one JSON parameter, so the statement does not grow a placeholder per row.
   * Answers the pairs written.
   */
  @InjectTransactionManager()
  async addMembershipLocations(
    organizationId: string,
    pairs: { membership_id: string; location_id: string }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ membership_id: string; location_id: string }[]> {
    if (!pairs.length) return []
    const manager = asSqlManager(sharedContext.transactionManager)
    return manager.execute(
      `insert into organization_membership_location (organization_location_id, organization_membership_id)
       select distinct l.id, m.id
         from jsonb_to_recordset(?::jsonb) as p(membership_id text, location_id text)
         join organization_location l on l.id = p.location_id and l.organization_id = ? and l.deleted_at is null
         join organization_membership m on m.id = p.membership_id and m.organization_id = ? and m.deleted_at is null
       on conflict do nothing
       returning organization_membership_id as membership_id, organization_location_id as location_id`,
      [JSON.stringify(pairs), organizationId, organizationId]
    )
  }

  /** Takes every location from the given memberships, in one statement (undoes addMembershipLocations). */
  @InjectTransactionManager()
  async clearMembershipLocations(membershipIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!membershipIds.length) return
    const manager = asSqlManager(sharedContext.transactionManager)
    await manager.execute(
      `delete from organization_membership_location
        where organization_membership_id in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(membershipIds)]
    )
  }

  /** Soft-deletes memberships of one organization, keeping at least one active admin. */
  @InjectTransactionManager()
  async removeMembershipsKeepingAdmin(
    organizationId: string,
    membershipIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.lockOrganization_(organizationId, sharedContext)
    const admins = await this.countAdmins_(organizationId, sharedContext)
    await this.assertMembershipsBelong_(organizationId, membershipIds, sharedContext)
    await this.softDeleteOrganizationMemberships(membershipIds, {}, sharedContext)
    await this.assertKeepsAdmin_(organizationId, admins, sharedContext)
  }

  private async lockOrganization_(organizationId: string, sharedContext: Context) {
    const manager = asSqlManager(sharedContext.transactionManager)
    const rows = await manager.execute(
      "select id from organization where id = ? and deleted_at is null for update",
      [organizationId]
    )
    if (!rows.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Organization with id: ${organizationId} was not found`
      )
    }
  }

  /** Ids of another organization answer the same as unknown ids. */
  private async assertMembershipsBelong_(
    organizationId: string,
    membershipIds: string[],
    sharedContext: Context
  ) {
    const found = await this.listOrganizationMemberships(
      { id: membershipIds, organization_id: organizationId },
      { select: ["id"] },
      sharedContext
    )
    const missing = membershipIds.filter((id) => !found.some((m) => m.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Membership with id: ${missing.join(", ")} was not found`
      )
    }
  }

  /** Admins holding organization.manage: active ones, and those still to confirm (pending). */
  private async countAdmins_(organizationId: string, sharedContext: Context) {
    const manager = asSqlManager(sharedContext.transactionManager)
    // The ORM writes changes at commit; the count must see them, inside the transaction.
    await manager.flush()
    const [counts] = await manager.execute(
      `select count(*) filter (where status = 'active')::int as active,
              count(*) filter (where status in ('active', 'pending'))::int as standing
         from organization_membership
        where organization_id = ? and deleted_at is null
          and role = 'admin' and not (revokes @> ?::jsonb)`,
      [organizationId, JSON.stringify([ADMIN_PERMISSION])]
    )
    return counts as { active: number; standing: number }
  }

  /**
   * A change may not take away the last active admin. An organization whose admin has not
   * confirmed yet (onboarding, an approved request) has none: its other members may still
   * change, but its pending admin may not be taken away either.
   */
  private async assertKeepsAdmin_(
    organizationId: string,
    before: { active: number; standing: number },
    sharedContext: Context
  ) {
    const after = await this.countAdmins_(organizationId, sharedContext)
    const lost = before.active > 0 ? after.active < 1 : before.standing > 0 && after.standing < 1
    if (lost) {
      throw new ConflictError(
        `An organization must keep at least one active admin with ${ADMIN_PERMISSION}; this change would leave none`,
        REFUSAL.last_admin
      )
    }
  }
}

export default OrganizationModuleService
