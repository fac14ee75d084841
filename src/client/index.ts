// medusa-plugin-b2b-accounts/client: what a storefront imports. Storefront-safe: nothing of
// Medusa's server packages, only types from @medusajs/js-sdk (an optional peer).
import type Medusa from "@medusajs/js-sdk"
import type { OperationName } from "../api/resources/catalog"
import { authOperations } from "./auth"
import { cartOperations } from "./carts"
import { operation } from "./operations"
import { transportOf, type RequestOptions, type Transport } from "./transport"

export { B2BError, type B2BErrorCode, type B2BFieldError } from "./errors"
export type { Query, QueryValue, RequestOptions } from "./transport"
export type { ArgsOf, CallOptions, OperationOf } from "./operations"
export type { BodyOf, OperationName, QueryOf, ResponseOf } from "../api/resources/catalog"
export { ORGANIZATION_HEADER, organizationHeader } from "./organization-header"
export type { CartResponse, CompleteCartResponse, CreateCartBody } from "./carts"
export { ERROR_CODES, ERROR_STATUS, isErrorCode, isRefusalCode, REFUSAL, REFUSAL_STATUS, type ErrorCode, type RefusalCode } from "../lib/refusal-codes"

/**
 * The plugin's API through the storefront's own Medusa SDK instance: its base URL, publishable
 * key, global headers and customer auth (JWT or session) are used as the SDK uses them. Every
 * failed call throws a `B2BError` that keeps status, type, message, code and field errors.
 */
export class B2BClient {
  private readonly transport: Transport

  constructor(sdk: Medusa, { fetch: fetchImpl }: { fetch?: typeof fetch } = {}) {
    this.transport = transportOf(sdk, fetchImpl)
  }

  // Field initializers run before the constructor's body: the transport is read per call.
  private readonly op = <N extends OperationName>(name: N) =>
    operation(<T>(path: string, options?: RequestOptions) => this.transport<T>(path, options), name)

  /** The plugin's routes by resource, nested as their paths are; ids first, then body or query. */
  readonly api = {
    admin: {
      organizations: {
        list: this.op("admin.organizations.list"),
        create: this.op("admin.organizations.create"),
        duplicates: this.op("admin.organizations.duplicates"),
        retrieve: this.op("admin.organizations.retrieve"),
        update: this.op("admin.organizations.update"),
        delete: this.op("admin.organizations.delete"),
        members: {
          list: this.op("admin.organizations.members.list"),
          add: this.op("admin.organizations.members.add"),
          batch: this.op("admin.organizations.members.batch"),
          update: this.op("admin.organizations.members.update"),
          remove: this.op("admin.organizations.members.remove"),
          sendActivation: this.op("admin.organizations.members.sendActivation"),
          activationLink: this.op("admin.organizations.members.activationLink"),
        },
        invitations: {
          list: this.op("admin.organizations.invitations.list"),
          create: this.op("admin.organizations.invitations.create"),
          revoke: this.op("admin.organizations.invitations.revoke"),
          resend: this.op("admin.organizations.invitations.resend"),
          link: this.op("admin.organizations.invitations.link"),
        },
        locations: {
          list: this.op("admin.organizations.locations.list"),
          create: this.op("admin.organizations.locations.create"),
          retrieve: this.op("admin.organizations.locations.retrieve"),
          update: this.op("admin.organizations.locations.update"),
          delete: this.op("admin.organizations.locations.delete"),
        },
        orders: {
          list: this.op("admin.organizations.orders.list"),
          retrieve: this.op("admin.organizations.orders.retrieve"),
        },
        approvalPolicy: {
          retrieve: this.op("admin.organizations.approvalPolicy.retrieve"),
          set: this.op("admin.organizations.approvalPolicy.set"),
        },
        entitlements: {
          list: this.op("admin.organizations.entitlements.list"),
          create: this.op("admin.organizations.entitlements.create"),
          update: this.op("admin.organizations.entitlements.update"),
          delete: this.op("admin.organizations.entitlements.delete"),
        },
        accessCodes: {
          list: this.op("admin.organizations.accessCodes.list"),
          create: this.op("admin.organizations.accessCodes.create"),
          update: this.op("admin.organizations.accessCodes.update"),
        },
        assets: {
          list: this.op("admin.organizations.assets.list"),
          create: this.op("admin.organizations.assets.create"),
          renewToken: this.op("admin.organizations.assets.renewToken"),
        },
      },
      customers: {
        memberships: this.op("admin.customers.memberships"),
      },
      approvals: {
        list: this.op("admin.approvals.list"),
        retrieve: this.op("admin.approvals.retrieve"),
        approve: this.op("admin.approvals.approve"),
        reject: this.op("admin.approvals.reject"),
      },
      accountRequests: {
        list: this.op("admin.accountRequests.list"),
        retrieve: this.op("admin.accountRequests.retrieve"),
        approve: this.op("admin.accountRequests.approve"),
        reject: this.op("admin.accountRequests.reject"),
        activationLink: this.op("admin.accountRequests.activationLink"),
      },
      accessGroups: {
        list: this.op("admin.accessGroups.list"),
        create: this.op("admin.accessGroups.create"),
        retrieve: this.op("admin.accessGroups.retrieve"),
        update: this.op("admin.accessGroups.update"),
        delete: this.op("admin.accessGroups.delete"),
        salesChannels: {
          list: this.op("admin.accessGroups.salesChannels.list"),
          change: this.op("admin.accessGroups.salesChannels.change"),
        },
        organizations: {
          list: this.op("admin.accessGroups.organizations.list"),
          change: this.op("admin.accessGroups.organizations.change"),
        },
        customers: {
          list: this.op("admin.accessGroups.customers.list"),
          change: this.op("admin.accessGroups.customers.change"),
        },
      },
      salesChannels: {
        b2bSettings: {
          retrieve: this.op("admin.salesChannels.b2bSettings.retrieve"),
          update: this.op("admin.salesChannels.b2bSettings.update"),
        },
      },
      status: this.op("admin.status"),
    },
    store: {
      accountRequests: {
        create: this.op("store.accountRequests.create"),
      },
      activations: {
        activate: this.op("store.activations.activate"),
      },
      invitations: {
        accept: this.op("store.invitations.accept"),
      },
      organizations: {
        list: this.op("store.organizations.list"),
        retrieve: this.op("store.organizations.retrieve"),
        update: this.op("store.organizations.update"),
        me: {
          retrieve: this.op("store.organizations.me.retrieve"),
          update: this.op("store.organizations.me.update"),
        },
        members: {
          list: this.op("store.organizations.members.list"),
          update: this.op("store.organizations.members.update"),
          remove: this.op("store.organizations.members.remove"),
        },
        invitations: {
          list: this.op("store.organizations.invitations.list"),
          create: this.op("store.organizations.invitations.create"),
          revoke: this.op("store.organizations.invitations.revoke"),
          resend: this.op("store.organizations.invitations.resend"),
        },
        locations: {
          list: this.op("store.organizations.locations.list"),
          create: this.op("store.organizations.locations.create"),
          retrieve: this.op("store.organizations.locations.retrieve"),
          update: this.op("store.organizations.locations.update"),
          delete: this.op("store.organizations.locations.delete"),
        },
        orders: {
          list: this.op("store.organizations.orders.list"),
          retrieve: this.op("store.organizations.orders.retrieve"),
        },
        approvals: {
          list: this.op("store.organizations.approvals.list"),
          retrieve: this.op("store.organizations.approvals.retrieve"),
          approve: this.op("store.organizations.approvals.approve"),
          reject: this.op("store.organizations.approvals.reject"),
        },
        entitlements: {
          list: this.op("store.organizations.entitlements.list"),
          seats: {
            assign: this.op("store.organizations.entitlements.seats.assign"),
            unassign: this.op("store.organizations.entitlements.seats.unassign"),
          },
        },
        library: this.op("store.organizations.library"),
      },
      carts: {
        requestApproval: this.op("store.carts.requestApproval"),
        ...cartOperations(<T>(path: string, options?: RequestOptions) => this.transport<T>(path, options)),
      },
      portal: {
        openSession: this.op("store.portal.openSession"),
        retrieve: this.op("store.portal.retrieve"),
        orders: this.op("store.portal.orders"),
        assets: this.op("store.portal.assets"),
      },
    },
  }

  /** Medusa's customer auth routes the plugin adds a rule to. */
  readonly auth = authOperations(<T>(path: string, options?: RequestOptions) => this.transport<T>(path, options))

  /** The store routes: `b2b.store.organizations.members.list(organizationId, { limit: 20 })`. */
  get store() {
    return this.api.store
  }

  /** The admin routes, through an SDK instance logged in as an admin user. */
  get admin() {
    return this.api.admin
  }

  /** One call of a plugin route, e.g. `fetch<{ organizations: … }>("/store/organizations")`. */
  fetch<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.transport<T>(path, options)
  }
}
