// Seeds the demo store. Idempotent: every record is looked up by a natural key first, so a
// second `npm run demo` on the same database changes nothing. Writes what the demo prints
// (logins, publishable keys) to .demo/summary.json.
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import fs from "node:fs"
import path from "node:path"
import {
  addOrganizationMemberWorkflow,
  createInvitationWorkflow,
  createLocationWorkflow,
  updateOrganizationMemberWorkflow,
  createOrganizationsWorkflow,
} from "../src/workflows/organization"
import {
  changeAccessGroupMembersWorkflow,
  createAccessGroupWorkflow,
  updateSalesChannelSettingsWorkflow,
} from "../src/workflows/access-group"
import { createAccountRequestWorkflow } from "../src/workflows/account-request"
import type { Role } from "../src/lib/permissions"
import { placeDemoOrder, requestDemoApproval } from "./orders"
import { createCatalogue, createDelivery, createRegion, type CatalogueItem } from "./shop"
import { APPROVAL_MODULE } from "../src/modules/approval"
import { ENTITLEMENT_MODULE } from "../src/modules/entitlement"
import { PORTAL_ACCESS_MODULE } from "../src/modules/portal-access"
import type PortalAccessModuleService from "../src/modules/portal-access/service"
import { createAccessCodeWorkflow, createAssetWorkflow } from "../src/workflows/portal-access"
import type EntitlementModuleService from "../src/modules/entitlement/service"
import { assignSeatWorkflow, createEntitlementWorkflow } from "../src/workflows/entitlement"
import type ApprovalModuleService from "../src/modules/approval/service"
import { ORGANIZATION_MODULE } from "../src/modules/organization"
import { ACCESS_GROUP_MODULE } from "../src/modules/access-group"
import type AccessGroupModuleService from "../src/modules/access-group/service"
import { ACCOUNT_REQUEST_MODULE } from "../src/modules/account-request"
import type AccountRequestModuleService from "../src/modules/account-request/service"
import type OrganizationModuleService from "../src/modules/organization/service"

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || "admin@b2b-demo.test",
  password: process.env.DEMO_ADMIN_PASSWORD || "demo-admin-password",
}

const COUNTRIES = ["nl", "be", "de", "fr", "lu"]

export const DEMO_CUSTOMER_PASSWORD = process.env.DEMO_CUSTOMER_PASSWORD || "demo-customer-password"

/** Storefront logins: members in every role, and one contact who works for both organizations. */
const DEMO_MEMBERS: { email: string; first_name: string; last_name: string; memberships: [string, Role][] }[] = [
  { email: "anna@acme.demo", first_name: "Anna", last_name: "de Vries", memberships: [["Acme Accountants", "admin"]] },
  { email: "ben@acme.demo", first_name: "Ben", last_name: "Jansen", memberships: [["Acme Accountants", "buyer"]] },
  { email: "rosa@acme.demo", first_name: "Rosa", last_name: "Bakker", memberships: [["Acme Accountants", "requester"]] },
  { email: "lena@brussels.demo", first_name: "Lena", last_name: "Peeters", memberships: [["Brussels Legal Partners", "admin"]] },
  { email: "tom@brussels.demo", first_name: "Tom", last_name: "Maes", memberships: [["Brussels Legal Partners", "requester"]] },
  {
    email: "mia@consultant.demo",
    first_name: "Mia",
    last_name: "Claes",
    memberships: [
      ["Acme Accountants", "buyer"],
      ["Brussels Legal Partners", "buyer"],
    ],
  },
]

async function ensureAdminUser(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const [existing] = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing) return
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  } as any)
  if (!authIdentity) throw new Error(`Could not register the demo admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: DEMO_ADMIN.email } },
  })
}

async function ensureSalesChannels(container: MedusaContainer) {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const wanted = [
    { name: "B2B webshop", description: "Ordering portal for business customers" },
    { name: "B2C webshop", description: "Public webshop for consumers" },
  ]
  const existing = await salesChannelModule.listSalesChannels({ name: wanted.map((c) => c.name) })
  const missing = wanted.filter((c) => !existing.some((e) => e.name === c.name))
  if (missing.length) {
    await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: missing } })
  }
  const all = await salesChannelModule.listSalesChannels({ name: wanted.map((c) => c.name) })
  const byName = (name: string) => all.find((c) => c.name === name)!
  return { b2b: byName("B2B webshop"), b2c: byName("B2C webshop") }
}

async function ensurePublishableKey(container: MedusaContainer, title: string, salesChannelId: string) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  let [key] = await apiKeyModule.listApiKeys({ title, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "demo-seed" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }
  return key.token
}

async function ensureStoreAndRegion(container: MedusaContainer, defaultSalesChannelId: string) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "B2B Demo Publisher",
        supported_currencies: [{ currency_code: "eur", is_default: true }],
        default_sales_channel_id: defaultSalesChannelId,
      },
    },
  })

  const regionModule = container.resolve(Modules.REGION)
  const [region] = await regionModule.listRegions({ name: "Benelux & neighbours" })
  return region ?? createRegion(container, { name: "Benelux & neighbours", countries: COUNTRIES })
}

async function ensureFulfillment(container: MedusaContainer, regionId: string, salesChannelIds: string[]) {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await stockLocationModule.listStockLocations({ name: "Utrecht warehouse" })
  if (existing) return existing
  const { location } = await createDelivery(container, {
    warehouse: "Utrecht warehouse",
    address: { address_1: "Stationsplein 1", city: "Utrecht", country_code: "nl", postal_code: "3511 ED" },
    regionId,
    countries: COUNTRIES,
    salesChannelIds,
  })
  return location
}

async function ensureProducts(container: MedusaContainer, salesChannelIds: string[]) {
  const productModule = container.resolve(Modules.PRODUCT)
  const catalogue: CatalogueItem[] = [
    {
      title: "Extenso — tax law online",
      handle: "extenso",
      // The publisher's exception to the default of 2 seats per subscription (seed 000).
      metadata: { b2b_entitlement: "subscription", b2b_seats: 5 },
      price: 1450,
    },
    {
      title: "Fiscal Yearbook 2027",
      handle: "fiscal-yearbook-2027",
      metadata: { b2b_entitlement: "subscription" },
      price: 289,
    },
    {
      title: "Training: VAT update 2027",
      handle: "training-vat-update-2027",
      metadata: { b2b_entitlement: "training", b2b_seats: 12 },
      price: 395,
    },
    { title: "Practice guide: payroll", handle: "practice-guide-payroll", metadata: {}, price: 79.5 },
  ]
  const existing = await productModule.listProducts({ handle: catalogue.map((p) => p.handle) })
  const missing = catalogue.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (missing.length) await createCatalogue(container, missing, salesChannelIds)
}

async function ensureOrganizations(container: MedusaContainer) {
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const wanted = [
    {
      name: "Acme Accountants",
      legal_name: "Acme Accountants B.V.",
      vat_number: "NL000099998B57",
      registration_number: "34567890",
      country_code: "nl",
    },
    {
      name: "Brussels Legal Partners",
      legal_name: "Brussels Legal Partners BV",
      vat_number: "BE0403170701",
      registration_number: "0403170701",
      country_code: "be",
    },
  ]
  const existing = await organizationModule.listOrganizations({ name: wanted.map((o) => o.name) })
  const missing = wanted.filter((o) => !existing.some((e) => e.name === o.name))
  if (missing.length) {
    await createOrganizationsWorkflow(container).run({ input: { organizations: missing } })
  }
  return organizationModule.listOrganizations({ name: wanted.map((o) => o.name) })
}

async function ensureCustomer(
  container: MedusaContainer,
  person: { email: string; first_name: string; last_name: string }
) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const [existing] = await customerModule.listCustomers({ email: person.email, has_account: true })
  if (existing) return existing.id
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: person.email, password: DEMO_CUSTOMER_PASSWORD },
  } as any)
  if (!authIdentity) throw new Error(`Could not register ${person.email}: ${error}`)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: person },
  })
  return result.id
}

async function ensureMembers(container: MedusaContainer, organizations: { id: string; name: string }[]) {
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  for (const person of DEMO_MEMBERS) {
    const customerId = await ensureCustomer(container, person)
    for (const [organizationName, role] of person.memberships) {
      const organization = organizations.find((o) => o.name === organizationName)!
      const [existing] = await organizationModule.listOrganizationMemberships({
        organization_id: organization.id,
        customer_id: customerId,
      })
      if (existing) continue
      await addOrganizationMemberWorkflow(container).run({
        input: { organization_id: organization.id, role, customer: { customer_id: customerId } },
      })
    }
  }
}

/**
 * One open invitation. `medusa exec` runs no subscribers, so its e-mail is not sent here:
 * resend it (store or admin API) and the local notification provider logs the accept link.
 */
async function ensurePendingInvitation(container: MedusaContainer, organizationId: string) {
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const email = "new.colleague@acme.demo"
  const existing = await organizationModule.listOrganizationInvitations({ organization_id: organizationId, email })
  if (!existing.length) {
    await createInvitationWorkflow(container).run({
      input: { organization_id: organizationId, email, role: "buyer", actor: { type: "merchant" } },
    })
  }
  return email
}

/**
 * Seed 001's groups: the B2B storefront only for the organizations and their members
 * (new companies wait for approval); the B2C storefront open to self-registration.
 */
async function ensureAccessGroups(
  container: MedusaContainer,
  channels: { b2b: { id: string }; b2c: { id: string } },
  organizationIds: string[]
) {
  const accessGroupModule: AccessGroupModuleService = container.resolve(ACCESS_GROUP_MODULE)
  const customerIds = (
    await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email: DEMO_MEMBERS.map((m) => m.email), has_account: true }, { select: ["id"] })
  ).map((c) => c.id)
  const wanted = [
    { name: "B2B", registration_mode: "approval" as const, channel: channels.b2b.id, members: true },
    { name: "B2C", registration_mode: "open" as const, channel: channels.b2c.id, members: false },
  ]
  for (const group of wanted) {
    let [existing] = await accessGroupModule.listOrganizationAccessGroups({ name: group.name })
    if (!existing) {
      ;({ result: existing } = await createAccessGroupWorkflow(container).run({
        input: { name: group.name, registration_mode: group.registration_mode },
      }))
    }
    // Adding what is there already changes nothing, so a second run is a no-op.
    const changes = [
      { resource: "sales-channels" as const, add: [group.channel] },
      ...(group.members
        ? [
            { resource: "organizations" as const, add: organizationIds },
            { resource: "customers" as const, add: customerIds },
          ]
        : []),
    ]
    for (const change of changes) {
      await changeAccessGroupMembersWorkflow(container).run({ input: { access_group_id: existing.id, ...change } })
    }
  }
}

/** A company waiting for the merchant's decision, made as the B2B storefront would. */
async function ensurePendingAccountRequest(container: MedusaContainer, salesChannelId: string) {
  const accountRequestModule: AccountRequestModuleService = container.resolve(ACCOUNT_REQUEST_MODULE)
  const email = "pieter@bakkerij-smit.demo"
  const existing = await accountRequestModule.listOrganizationAccountRequests({ email })
  if (!existing.length) {
    await createAccountRequestWorkflow(container).run({
      input: {
        company_name: "Bakkerij Smit",
        vat_number: "NL000099998B57",
        registration_number: "34567890",
        country_code: "nl",
        address: { address_1: "Kerkstraat 12", city: "Utrecht", postal_code: "3511 AB", country_code: "nl" },
        first_name: "Pieter",
        last_name: "Smit",
        email,
        phone: "+31 30 765 4321",
        sales_channel_id: salesChannelId,
      },
    })
  }
  return email
}

/** Seed 000's delivery addresses: members see (and ship to) only the ones assigned to them. */
const DEMO_LOCATIONS = [
  {
    organization: "Acme Accountants",
    label: "Utrecht office",
    address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" },
    members: ["rosa@acme.demo", "mia@consultant.demo"],
  },
  {
    organization: "Acme Accountants",
    label: "Amersfoort branch",
    address: { address_1: "Stationsstraat 10", city: "Amersfoort", postal_code: "3811 MH", country_code: "nl" },
    members: ["ben@acme.demo"],
  },
  {
    organization: "Brussels Legal Partners",
    label: "Brussels office",
    address: { address_1: "Wetstraat 16", city: "Brussel", postal_code: "1000", country_code: "be" },
    members: ["tom@brussels.demo", "mia@consultant.demo"],
  },
]

async function ensureLocations(container: MedusaContainer, organizations: { id: string; name: string }[]) {
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const customerModule = container.resolve(Modules.CUSTOMER)
  const byLabel: Record<string, { id: string; organization_id: string }> = {}
  for (const wanted of DEMO_LOCATIONS) {
    const organization = organizations.find((o) => o.name === wanted.organization)!
    let [location] = await organizationModule.listOrganizationLocations({ organization_id: organization.id, label: wanted.label })
    if (!location) {
      ;({ result: location } = await createLocationWorkflow(container).run({
        input: { organization_id: organization.id, label: wanted.label, ...wanted.address },
      }))
    }
    byLabel[wanted.label] = { id: location.id, organization_id: organization.id }
  }
  // Each member gets the locations listed for them in their organization.
  for (const person of DEMO_MEMBERS) {
    const [customer] = await customerModule.listCustomers({ email: person.email, has_account: true })
    for (const organization of organizations) {
      const locationIds = DEMO_LOCATIONS.filter(
        (l) => l.organization === organization.name && l.members.includes(person.email)
      ).map((l) => byLabel[l.label].id)
      if (!locationIds.length) continue
      const [membership] = await organizationModule.listOrganizationMemberships({
        organization_id: organization.id,
        customer_id: customer.id,
      })
      await updateOrganizationMemberWorkflow(container).run({
        input: {
          organization_id: organization.id,
          membership: { id: membership.id, location_ids: locationIds },
          actor: { type: "merchant" },
        },
      })
    }
  }
  return byLabel
}

/** A few placed orders, once: by the admin, a buyer and the other organization's admin. */
async function ensureOrders(
  container: MedusaContainer,
  shop: { regionId: string; salesChannelId: string },
  organizations: { id: string; name: string }[]
) {
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [existing] = await organizationModule.listOrganizationOrders({}, { take: 1 })
  if (existing) return
  const [yearbook, guide] = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: ["FISCAL-YEARBOOK-2027", "PRACTICE-GUIDE-PAYROLL"] }, { order: { sku: "ASC" } })
  const customerModule = container.resolve(Modules.CUSTOMER)
  const orders = [
    ["anna@acme.demo", "Acme Accountants", yearbook.id, "Utrecht office"],
    ["ben@acme.demo", "Acme Accountants", guide.id, "Amersfoort branch"],
    ["lena@brussels.demo", "Brussels Legal Partners", guide.id, "Brussels office"],
  ] as const
  for (const [email, organizationName, variantId, label] of orders) {
    const [customer] = await customerModule.listCustomers({ email, has_account: true })
    await placeDemoOrder(container, shop, {
      organizationId: organizations.find((o) => o.name === organizationName)!.id,
      customerId: customer.id,
      email,
      variantId,
      address: DEMO_LOCATIONS.find((l) => l.label === label)!.address,
    })
  }
}

/** The membership of a demo customer (by e-mail) in an organization. */
async function membershipOf(container: MedusaContainer, organizationId: string, email: string) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
  const [membership] = await (container.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).listOrganizationMemberships({
    organization_id: organizationId,
    customer_id: customer.id,
  })
  return { customerId: customer.id, membershipId: membership.id }
}

/** Seed 000's approvals: Rosa may only request orders; one request waits, one was approved. */
async function ensureApprovals(container: MedusaContainer, shop: { regionId: string; salesChannelId: string }, acmeId: string) {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  if ((await approvals.listApprovalRequests({}, { take: 1 })).length) return
  const rosa = await membershipOf(container, acmeId, "rosa@acme.demo")
  const anna = await membershipOf(container, acmeId, "anna@acme.demo")
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: "EXTENSO" })
  const order = {
    organizationId: acmeId,
    email: "rosa@acme.demo",
    variantId: variant.id,
    address: DEMO_LOCATIONS[0].address,
    ...rosa,
  }
  await requestDemoApproval(container, shop, order)
  await requestDemoApproval(container, shop, order, {
    decidedBy: anna.customerId,
    status: "approved",
    comment: "Approved for the tax team",
  })
}

/**
 * Seed 000's subscriptions and trainings for Acme: the yearbook with 2 seats (one free), the
 * "Extenso" exception with 5, and a training with a member and an outside participant.
 */
async function ensureEntitlements(container: MedusaContainer, acmeId: string) {
  const entitlements: EntitlementModuleService = container.resolve(ENTITLEMENT_MODULE)
  // Orders of marked products make entitlements too; these are the merchant's own grants.
  if ((await entitlements.listEntitlements({ organization_id: acmeId, source_order_id: null }, { take: 1 })).length) return
  const holder = async (email: string) => ({ membership_id: (await membershipOf(container, acmeId, email)).membershipId })
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: ["FISCAL-YEARBOOK-2027", "EXTENSO", "TRAINING-VAT-UPDATE-2027"] }, { relations: ["product"] })
  const variant = (sku: string) => variants.find((v) => v.sku === sku)!
  const yearEnd = new Date(Date.now() + 365 * 86400000)
  const grants = [
    { sku: "FISCAL-YEARBOOK-2027", kind: "subscription" as const, seats: 2, holders: [await holder("anna@acme.demo")] },
    {
      sku: "EXTENSO",
      kind: "subscription" as const,
      seats: 5,
      holders: [await holder("anna@acme.demo"), await holder("ben@acme.demo")],
    },
    {
      sku: "TRAINING-VAT-UPDATE-2027",
      kind: "training" as const,
      seats: 12,
      holders: [await holder("rosa@acme.demo"), { participant_name: "Eva Extern", participant_email: "eva@extern.demo" }],
    },
  ]
  for (const grant of grants) {
    const { result: entitlement } = await createEntitlementWorkflow(container).run({
      input: {
        organization_id: acmeId,
        kind: grant.kind,
        title: variant(grant.sku).product!.title,
        seats: grant.seats,
        product_id: variant(grant.sku).product_id,
        product_variant_id: variant(grant.sku).id,
        ends_at: grant.kind === "subscription" ? yearEnd : null,
      },
    })
    for (const holder of grant.holders) {
      await assignSeatWorkflow(container).run({
        input: { organization_id: acmeId, entitlement_id: entitlement.id, holder },
      })
    }
  }
}

/**
 * Seed 003's portal: an installation and one access code of each level for Acme. The codes
 * exist only as hashes, so they are printed here, once, when made.
 */
async function ensurePortalAccess(container: MedusaContainer, acmeId: string) {
  const portal: PortalAccessModuleService = container.resolve(PORTAL_ACCESS_MODULE)
  if ((await portal.listPortalAccessCodes({ organization_id: acmeId }, { take: 1 })).length) return null
  const organizationModule: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [office] = await organizationModule.listOrganizationLocations({ organization_id: acmeId, label: "Utrecht office" })
  const { result: installation } = await createAssetWorkflow(container).run({
    input: { organization_id: acmeId, location_id: office.id, name: "Heat pump, Utrecht office", serial_number: "HP-2027-0042" },
  })
  const code = async (input: { location_id?: string; requires_installation_token?: boolean }) =>
    (await createAccessCodeWorkflow(container).run({ input: { organization_id: acmeId, ...input } })).result.code
  return {
    organization: await code({}),
    location: await code({ location_id: office.id }),
    installation: await code({ location_id: office.id, requires_installation_token: true }),
    installation_token: installation.token,
  }
}

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Seeding the B2B demo store…")

  await ensureAdminUser(container)
  const channels = await ensureSalesChannels(container)
  const region = await ensureStoreAndRegion(container, channels.b2c.id)
  await ensureFulfillment(container, region.id, [channels.b2b.id, channels.b2c.id])
  await ensureProducts(container, [channels.b2b.id, channels.b2c.id])
  const organizations = await ensureOrganizations(container)
  await ensureMembers(container, organizations)
  const acme = organizations.find((o) => o.name === "Acme Accountants")!
  const invitedEmail = await ensurePendingInvitation(container, acme.id)
  await ensureAccessGroups(container, channels, organizations.map((o) => o.id))
  // The B2B webshop: a member's cart is their organization's. The B2C webshop keeps the default
  // (personal carts), so members shop there privately.
  await updateSalesChannelSettingsWorkflow(container).run({
    input: { sales_channel_id: channels.b2b.id, organization_carts: true },
  })
  await ensureLocations(container, organizations)
  const shop = { regionId: region.id, salesChannelId: channels.b2b.id }
  await ensureOrders(container, shop, organizations)
  await ensureApprovals(container, shop, acme.id)
  await ensureEntitlements(container, acme.id)
  const portalCodes = await ensurePortalAccess(container, acme.id)
  if (portalCodes) {
    logger.info(
      [
        "Portal access codes for Acme Accountants (shown once, stored only as hashes; POST /store/portal/sessions):",
        `  organization  ${portalCodes.organization}`,
        `  location      ${portalCodes.location}  (Utrecht office)`,
        `  installation  ${portalCodes.installation}  with token ${portalCodes.installation_token}  (heat pump)`,
      ].join("\n")
    )
  }
  const requestEmail = await ensurePendingAccountRequest(container, channels.b2b.id)
  const b2bKey = await ensurePublishableKey(container, "B2B webshop key", channels.b2b.id)
  const b2cKey = await ensurePublishableKey(container, "B2C webshop key", channels.b2c.id)

  const summary = {
    admin: DEMO_ADMIN,
    publishable_keys: { b2b: b2bKey, b2c: b2cKey },
    sales_channels: { b2b: channels.b2b.id, b2c: channels.b2c.id },
    region: { id: region.id, name: region.name },
    organizations: organizations.map((o) => ({ id: o.id, name: o.name })),
    pending_invitation: `${invitedEmail} (buyer of ${acme.name})`,
    locations: DEMO_LOCATIONS.map((l) => `${l.label} (${l.organization}): ${l.members.join(", ")}`),
    approvals: "rosa@acme.demo (requester): one request pending, one approved by anna@acme.demo",
    entitlements: "Acme: Fiscal Yearbook (2 seats, 1 free), Extenso (5 seats), VAT training (12 seats, 2 participants)",
    pending_account_request: `Bakkerij Smit (${requestEmail}), through the B2B storefront`,
    access_groups: "B2B (approval): B2B channel, both organizations, their members; B2C (open): B2C channel",
    organization_carts: "B2B channel: members' carts are their organization's; B2C channel: personal carts (members shop privately)",
    // Shown once (only hashes are stored): present on the run that created them.
    portal_codes: portalCodes ?? null,
    customers: DEMO_MEMBERS.map((person) => ({
      email: person.email,
      password: DEMO_CUSTOMER_PASSWORD,
      memberships: person.memberships.map(([organization, role]) => `${role} of ${organization}`),
    })),
  }
  // The customer zone's browser tests boot a store with this data and read the summary here.
  const out = process.env.B2B_BROWSER_SEED_OUT || path.join(process.cwd(), ".demo", "summary.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(summary, null, 2))
  logger.info("Demo data is in place.")
}
