import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ConflictError } from "../../lib/errors"
import { refusal } from "../../lib/refusal"
import { REFUSAL } from "../../lib/refusal-codes"
import { tokenRefusalOf } from "../../lib/token-state"
import { resolveOptions, type B2BAccountsOptions } from "../../lib/options"
import { secretMatches } from "../../lib/secrets"
import AccountRequest from "./models/account-request"
import type { AccountRequestDecision, AccountRequestDTO } from "./types"
import { asSqlManager } from "../../lib/sql-manager"

// The key names the generated methods (listOrganizationAccountRequests, …) and keeps the
// model's graph name (`organization_account_request`) from when it lived in the organization module.
class AccountRequestModuleService extends MedusaService<{
  OrganizationAccountRequest: { dto: AccountRequestDTO }
}>({ OrganizationAccountRequest: AccountRequest }) {
  /** How long an approval's activation link works (option `activationTtlSeconds`). */
  protected readonly activationTtlSeconds_: number

  // Installed as a plugin, every module of it gets the plugin's options (README "Options").
  constructor(container: Record<string, unknown>, options: B2BAccountsOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.activationTtlSeconds_ = resolveOptions(options).activationTtlSeconds
  }

  /** When an activation link made now stops working. */
  activationExpiresAt(): Date {
    return new Date(Date.now() + this.activationTtlSeconds_ * 1000)
  }

  /**
   * Decides a pending account request exactly once: the row is locked and must still be
   * pending, so of two parallel decisions the second gets 409.
   */
  @InjectTransactionManager()
  async decideAccountRequest(
    id: string,
    decision: AccountRequestDecision,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AccountRequestDTO> {
    // The transaction's entity manager; the framework types it loosely.
    const manager = asSqlManager(sharedContext.transactionManager)
    const [row] = await manager.execute(
      "select id, status from organization_account_request where id = ? and deleted_at is null for update",
      [id]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Account request with id: ${id} was not found`)
    }
    if (row.status !== "pending") {
      throw new ConflictError(`Account request ${id} was already ${row.status}`)
    }
    return this.updateOrganizationAccountRequests({ id, ...decision, decided_at: new Date() }, sharedContext)
  }

  /**
   * Uses an activation token once: the request row is locked, so of two parallel uses of
   * one token the second finds it used. Every kind of bad token gets the same answer.
   */
  @InjectTransactionManager()
  async consumeActivationToken(
    token: string,
    tokenHash: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; email: string; customer_id: string }> {
    const manager = asSqlManager(sharedContext.transactionManager)
    const [row] = await manager.execute(
      `select id, email, customer_id, activation_token_hash, activation_expires_at, activated_at
         from organization_account_request
        where activation_token_hash = ? and status = 'approved' and deleted_at is null
        for update`,
      [tokenHash]
    )
    const state =
      row && secretMatches(token, row.activation_token_hash)
        ? { used: !!row.activated_at, expired: new Date(row.activation_expires_at).getTime() <= Date.now() }
        : null
    const refused = tokenRefusalOf("activation", state)
    if (refused) throw refusal(refused.code, refused.message, { invalidData: true })
    await manager.execute("update organization_account_request set activated_at = now() where id = ?", [row.id])
    return { id: row.id, email: row.email, customer_id: row.customer_id }
  }
}

export default AccountRequestModuleService
