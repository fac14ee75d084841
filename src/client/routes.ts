import type { OperationName } from "../api/resources/catalog"
import { cartOperations } from "./carts"
import { operation } from "./operations"
import type { Transport } from "./transport"

/** The plugin's routes by resource, nested as their paths are (names: src/api/resources/routes.ts). */
export function routesOf(transport: Transport) {
  const op = <N extends OperationName>(name: N) => operation(transport, name)
  return {
    admin: {
      organizations: {
        list: op("admin.organizations.list"),
        create: op("admin.organizations.create"),
        duplicates: op("admin.organizations.duplicates"),
        retrieve: op("admin.organizations.retrieve"),
        update: op("admin.organizations.update"),
        delete: op("admin.organizations.delete"),
        members: {
          list: op("admin.organizations.members.list"),
          add: op("admin.organizations.members.add"),
          batch: op("admin.organizations.members.batch"),
          update: op("admin.organizations.members.update"),
          remove: op("admin.organizations.members.remove"),
          sendActivation: op("admin.organizations.members.sendActivation"),
          activationLink: op("admin.organizations.members.activationLink"),
          spending: op("admin.organizations.members.spending"),
        },
        invitations: {
          list: op("admin.organizations.invitations.list"),
          create: op("admin.organizations.invitations.create"),
          revoke: op("admin.organizations.invitations.revoke"),
          resend: op("admin.organizations.invitations.resend"),
          link: op("admin.organizations.invitations.link"),
        },
        locations: {
          list: op("admin.organizations.locations.list"),
          create: op("admin.organizations.locations.create"),
          retrieve: op("admin.organizations.locations.retrieve"),
          update: op("admin.organizations.locations.update"),
          delete: op("admin.organizations.locations.delete"),
        },
        orders: {
          list: op("admin.organizations.orders.list"),
          retrieve: op("admin.organizations.orders.retrieve"),
        },
        approvalPolicy: {
          retrieve: op("admin.organizations.approvalPolicy.retrieve"),
          set: op("admin.organizations.approvalPolicy.set"),
        },
        entitlements: {
          list: op("admin.organizations.entitlements.list"),
          create: op("admin.organizations.entitlements.create"),
          update: op("admin.organizations.entitlements.update"),
          delete: op("admin.organizations.entitlements.delete"),
        },
        accessCodes: {
          list: op("admin.organizations.accessCodes.list"),
          create: op("admin.organizations.accessCodes.create"),
          update: op("admin.organizations.accessCodes.update"),
        },
        assets: {
          list: op("admin.organizations.assets.list"),
          create: op("admin.organizations.assets.create"),
          renewToken: op("admin.organizations.assets.renewToken"),
        },
      },
      customers: {
        memberships: op("admin.customers.memberships"),
      },
      approvals: {
        list: op("admin.approvals.list"),
        retrieve: op("admin.approvals.retrieve"),
        approve: op("admin.approvals.approve"),
        reject: op("admin.approvals.reject"),
      },
      accountRequests: {
        list: op("admin.accountRequests.list"),
        retrieve: op("admin.accountRequests.retrieve"),
        approve: op("admin.accountRequests.approve"),
        reject: op("admin.accountRequests.reject"),
        activationLink: op("admin.accountRequests.activationLink"),
      },
      accessGroups: {
        list: op("admin.accessGroups.list"),
        create: op("admin.accessGroups.create"),
        retrieve: op("admin.accessGroups.retrieve"),
        update: op("admin.accessGroups.update"),
        delete: op("admin.accessGroups.delete"),
        salesChannels: {
          list: op("admin.accessGroups.salesChannels.list"),
          change: op("admin.accessGroups.salesChannels.change"),
        },
        organizations: {
          list: op("admin.accessGroups.organizations.list"),
          change: op("admin.accessGroups.organizations.change"),
        },
        customers: {
          list: op("admin.accessGroups.customers.list"),
          change: op("admin.accessGroups.customers.change"),
        },
      },
      salesChannels: {
        b2bSettings: {
          retrieve: op("admin.salesChannels.b2bSettings.retrieve"),
          update: op("admin.salesChannels.b2bSettings.update"),
        },
      },
      status: op("admin.status"),
    },
    store: {
      accountRequests: {
        create: op("store.accountRequests.create"),
      },
      activations: {
        activate: op("store.activations.activate"),
      },
      invitations: {
        accept: op("store.invitations.accept"),
      },
      organizations: {
        list: op("store.organizations.list"),
        retrieve: op("store.organizations.retrieve"),
        update: op("store.organizations.update"),
        me: {
          retrieve: op("store.organizations.me.retrieve"),
          update: op("store.organizations.me.update"),
          spending: op("store.organizations.me.spending"),
        },
        members: {
          list: op("store.organizations.members.list"),
          update: op("store.organizations.members.update"),
          remove: op("store.organizations.members.remove"),
        },
        invitations: {
          list: op("store.organizations.invitations.list"),
          create: op("store.organizations.invitations.create"),
          revoke: op("store.organizations.invitations.revoke"),
          resend: op("store.organizations.invitations.resend"),
        },
        locations: {
          list: op("store.organizations.locations.list"),
          create: op("store.organizations.locations.create"),
          retrieve: op("store.organizations.locations.retrieve"),
          update: op("store.organizations.locations.update"),
          delete: op("store.organizations.locations.delete"),
        },
        orders: {
          list: op("store.organizations.orders.list"),
          retrieve: op("store.organizations.orders.retrieve"),
        },
        approvals: {
          list: op("store.organizations.approvals.list"),
          retrieve: op("store.organizations.approvals.retrieve"),
          approve: op("store.organizations.approvals.approve"),
          reject: op("store.organizations.approvals.reject"),
        },
        entitlements: {
          list: op("store.organizations.entitlements.list"),
          seats: {
            assign: op("store.organizations.entitlements.seats.assign"),
            unassign: op("store.organizations.entitlements.seats.unassign"),
          },
        },
        library: op("store.organizations.library"),
      },
      carts: {
        requestApproval: op("store.carts.requestApproval"),
        ...cartOperations(transport),
      },
      portal: {
        openSession: op("store.portal.openSession"),
        retrieve: op("store.portal.retrieve"),
        orders: op("store.portal.orders"),
        assets: op("store.portal.assets"),
      },
    },
  }
}
