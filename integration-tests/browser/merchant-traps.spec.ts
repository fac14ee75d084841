// The traps a new merchant walked into (issue 25, part F), in Chromium against a store that
// delivers e-mail (Medusa's local provider records each one as a notification): a pending
// member is offered "Send activation e-mail", never "Reactivate", and that e-mail goes out; the
// approved request's page keeps "Copy activation link" until the link is used, each copy
// replacing the link before it.
import axios, { type AxiosInstance } from "axios"
import type { Browser, Locator, Page } from "playwright-core"
import { send } from "../helpers/http"
import { adminApi, requestAccount, type AdminApi } from "./helpers/api"
import { launch, logIn, screenshot } from "./helpers/browser"
import { startStore, type Store } from "./helpers/store"

let store: Store
let browser: Browser
let page: Page
let api: AdminApi
let http: AxiosInstance
let publishableKey: string
let requestId: string
let organizationId: string

const CONTACT = "petra@pending.test"
const app = (path: string) => `${store.url}/app${path}`
const prompt = () => page.getByRole("alertdialog")
const row = (scope: Locator, text: string | RegExp) => scope.getByRole("row").filter({ hasText: text })
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!

async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: "visible" })
}

/** Runs a step; on failure keeps a screenshot of where it stopped. */
async function step(name: string, body: () => Promise<void>) {
  try {
    await body()
    await screenshot(page, `traps-${name}`)
  } catch (error) {
    await screenshot(page, `traps-FAILED-${name}`).catch(() => undefined)
    throw error
  }
}

/** The activation e-mails the store recorded for the contact, newest first. */
async function activationEmails(): Promise<{ data: { activation_url: string } }[]> {
  const { notifications } = await api.get(`/admin/notifications?channel=email&to=${encodeURIComponent(CONTACT)}`)
  return notifications.filter((n: { template: string }) => n.template === "b2b-account-request-approved")
}

const activate = (token: string) =>
  send(http, "post", "/store/activations", {
    body: { token, password: "a-long-enough-password-1" },
    headers: { "x-publishable-api-key": publishableKey },
  })

/** The link in the copy-link dialog, after which the dialog is closed with Done. */
async function takeCopiedLink(): Promise<string> {
  const dialog = page.getByTestId("copy-link-dialog")
  await expectVisible(dialog.getByTestId("copy-link-url"))
  const url = await dialog.getByTestId("copy-link-url").inputValue()
  expect(url).toMatch(/\/account\/activate\?token=/)
  await dialog.getByRole("button", { name: "Done" }).click()
  await dialog.waitFor({ state: "detached" })
  return url
}

beforeAll(async () => {
  store = await startStore({ seed: "./integration-tests/browser/seed-shop.ts" })
  api = await adminApi(store.url)
  http = axios.create({ baseURL: store.url })
  publishableKey = await api.publishableKey()
  const { account_request } = await requestAccount(store.url, publishableKey, {
    company: { name: "Pending Trading BV", vat_number: "NL000099998B57", registration_number: "34567890", country_code: "NL" },
    contact: { first_name: "Petra", last_name: "Pending", email: CONTACT },
  })
  requestId = account_request.id
  browser = await launch()
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(20_000)
  await logIn(page, store.url)
}, 420_000)

afterAll(async () => {
  await browser?.close()
  await store?.stop()
}, 60_000)

test("approving keeps 'Copy activation link' on the request's page while the link is unused", async () => {
  await step("01-approve", async () => {
    await page.goto(app(`/account-requests/${requestId}`))
    await page.getByRole("button", { name: "Approve" }).click()
    await prompt().getByRole("button", { name: "Approve" }).click()
    const decision = page.getByTestId("account-request-decision")
    await expectVisible(decision.getByText("Approved"))
    await expectVisible(page.getByText(`Activation e-mail sent to ${CONTACT}`))
    await expectVisible(decision.getByText(/not used yet/))
    // After the toast is gone, the page still offers the link.
    await page.reload()
    await expectVisible(page.getByTestId("copy-activation-link"))
  })
  expect(await activationEmails()).toHaveLength(1)
  organizationId = (await api.get(`/admin/account-requests/${requestId}`)).account_request.organization_id
}, 60_000)

test("a pending member is offered 'Send activation e-mail', not 'Reactivate'; sending it e-mails the contact", async () => {
  await step("02-pending-member", async () => {
    await page.goto(app(`/organizations/${organizationId}`))
    const member = row(page.getByTestId("organization-members"), CONTACT)
    await expectVisible(member.getByText("Pending"))
    await member.getByRole("button", { name: "More actions" }).click()
    await expectVisible(page.getByRole("menuitem", { name: "Send activation e-mail" }))
    await screenshot(page, "traps-02a-pending-menu")
    expect(await page.getByRole("menuitem", { name: "Reactivate" }).count()).toBe(0)
    expect(await page.getByRole("menuitem", { name: "Deactivate" }).count()).toBe(0)
    await page.getByRole("menuitem", { name: "Send activation e-mail" }).click()
    await expectVisible(page.getByText(`Activation e-mail sent to ${CONTACT}`))
    await expectVisible(member.getByText("Pending"))
  })
  const emails = await activationEmails()
  expect(emails).toHaveLength(2)
  // The new e-mail's link replaced the approval's.
  expect((await activate(tokenOf(emails[1].data.activation_url))).status).toBe(400)
}, 60_000)

test("each copied link replaces the one before; once used, the page says so and offers no link", async () => {
  await step("03-copy-link", async () => {
    await page.goto(app(`/account-requests/${requestId}`))
    await page.getByTestId("copy-activation-link").click()
    const first = await takeCopiedLink()
    await page.getByTestId("copy-activation-link").click()
    const second = await takeCopiedLink()
    expect(tokenOf(second)).not.toBe(tokenOf(first))
    const [mailed] = await activationEmails()
    expect((await activate(tokenOf(mailed.data.activation_url))).status).toBe(400)
    expect((await activate(tokenOf(first))).status).toBe(400)
    expect((await activate(tokenOf(second))).status).toBe(200)
    await page.reload()
    const decision = page.getByTestId("account-request-decision")
    await expectVisible(decision.getByText(/Password set/))
    expect(await page.getByTestId("copy-activation-link").count()).toBe(0)
    await page.goto(app(`/organizations/${organizationId}`))
    await expectVisible(row(page.getByTestId("organization-members"), CONTACT).getByText("Active"))
  })
}, 60_000)
