// The customer zone's organization pages in Chromium against a store with the demo data:
// users (invitations with the permission checklist, changing a member, the rules the store
// keeps: no edit rights without members.manage, at least one admin), seats of subscriptions
// and trainings, the library, and the profile. The tests run in order and build on each other.
import type { Locator, Page } from "playwright-core"
import { checkPage, pagePerTest, DEMO_PASSWORD, signIn, type Zone } from "./helpers/zone"

/** Registered by customer-zone.spec.ts, which boots one store and zone for every suite. */
export function usersAndSeatsSuite(getZone: () => Zone) {
  describe("users and seats", () => {
    let zone!: Zone

    let page: Page
    let acme: string

    jest.setTimeout(240_000)

    pagePerTest(getZone, { zone: (current) => (zone = current), page: (current) => (page = current) })
    beforeAll(() => {
      acme = zone.organizationId("Acme Accountants")
    })

    /** The store's API as a storefront calls it, with a customer's own login (no zone in between). */
    async function customerApi(email: string) {
      const login = await fetch(`${zone.store.url}/auth/customer/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      return async (method: "GET" | "POST" | "DELETE", path: string, body?: unknown) => {
        const answer = await fetch(`${zone.store.url}${path}`, {
          method,
          headers: {
            "content-type": "application/json",
            "x-publishable-api-key": zone.demo.publishable_keys.b2b,
            authorization: `Bearer ${token}`,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: answer.status, body: (await answer.json()) as any }
      }
    }

    /** Acme's member with this e-mail, as the merchant's API reads it. */
    async function acmeMember(email: string) {
      const { memberships } = await zone.admin.get(`/admin/organizations/${acme}/members?limit=100`)
      return memberships.find((membership: any) => membership.customer?.email === email)
    }

    const region = (name: string) => page.getByRole("region", { name })
    const entitlement = (title: string): Locator =>
      page.getByTestId("entitlement").filter({ has: page.getByRole("heading", { level: 2, name: title }) })

    /** One entitlement's section by its id (the demo has two yearbooks: the merchant's grant and an order's). */
    async function entitlementWith(title: string, usage: string) {
      const section = entitlement(title).filter({ has: page.getByTestId("seat-usage").filter({ hasText: usage }) })
      return page.locator(`section[aria-labelledby="${await section.getAttribute("aria-labelledby")}"]`)
    }

    describe("users", () => {
      it("tells a member without members.view that they may not see the users", async () => {
        await signIn(page, zone, "rosa@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/users`)
        await page.getByRole("heading", { level: 1, name: "Users" }).waitFor()
        await page.getByText("Your account may not do this: ask an administrator of your organization.").waitFor()
        expect(await page.getByTestId("member-row").count()).toBe(0)
        expect(await page.getByRole("link", { name: "Invite a user" }).count()).toBe(0)
        await checkPage(page, "users-not-allowed")
      })

      it("lets an admin invite with the permission checklist: role presets, check all, single boxes, locations; resend and revoke", async () => {
        await signIn(page, zone, "anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/users`)
        await page.getByTestId("member-row").filter({ hasText: "ben@acme.demo" }).waitFor()
        await checkPage(page, "users")
        await page.getByRole("link", { name: "Invite a user" }).click()
        await page.waitForURL(`**/account/${acme}/users/invite`)

        const boxes = page.locator('input[name="permissions"]')
        const checkedBoxes = async () =>
          (await boxes.evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((input) => input.checked).map((input) => input.value))).sort()
        // The role's preset is checked; another role checks its own.
        expect(await checkedBoxes()).toEqual(["library.view", "orders.place", "orders.request"])
        await page.getByLabel("Role").selectOption({ label: "Requester" })
        expect(await checkedBoxes()).toEqual(["library.view", "orders.request"])
        await page.getByLabel("Check all").check()
        expect(await checkedBoxes()).toHaveLength(10)
        await page.getByLabel("Check all").uncheck()
        expect(await checkedBoxes()).toEqual([])
        // A buyer who may also see the users, without the library.
        await page.getByLabel("Role").selectOption({ label: "Buyer" })
        await page.getByLabel("See users").check()
        await page.getByLabel("Use the library").uncheck()
        await page.getByLabel("E-mail address").fill("nora@acme.demo")
        await page.getByLabel("Amersfoort branch").check()
        await checkPage(page, "users-invite")
        await page.getByRole("button", { name: "Send invitation" }).click()
        await page.getByText("Invitation sent to nora@acme.demo.").waitFor()

        const { invitations } = await zone.admin.get(`/admin/organizations/${acme}/invitations?email=nora@acme.demo`)
        const { locations } = await zone.admin.get(`/admin/organizations/${acme}/locations?q=Amersfoort`)
        expect(invitations).toHaveLength(1)
        expect(invitations[0]).toMatchObject({ role: "buyer", grants: ["members.view"], revokes: ["library.view"], location_ids: [locations[0].id] })
        expect((await zone.emails("nora@acme.demo", { template: "b2b-organization-invitation" })).length).toBe(1)

        await page.goto(`${zone.url}/account/${acme}/users`)
        const row = page.getByTestId("invitation-row").filter({ hasText: "nora@acme.demo" })
        await row.getByRole("button", { name: "Send again" }).click()
        await row.getByText("Sent again.").waitFor()
        expect((await zone.emails("nora@acme.demo", { template: "b2b-organization-invitation", atLeast: 2 })).length).toBe(2)
        await row.getByRole("button", { name: "Revoke" }).click()
        await row.waitFor({ state: "detached" })
        // The demo's own pending invitation stays.
        await page.getByTestId("invitation-row").filter({ hasText: "new.colleague@acme.demo" }).waitFor()
        const { invitations: after } = await zone.admin.get(`/admin/organizations/${acme}/invitations?email=nora@acme.demo`)
        expect(after.map((invitation: any) => invitation.status)).toEqual(["revoked"])
      })

      it("lets an admin change a member's role, permissions and spending limit, and deactivate and reactivate them", async () => {
        await signIn(page, zone, "anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/users`)
        await page.getByRole("link", { name: "Ben Jansen" }).click()
        await page.getByRole("heading", { level: 1, name: "Ben Jansen" }).waitFor()
        await checkPage(page, "users-member")

        // Requester first, then back to buyer with "See users" on top of the role.
        const roles = region("Role and permissions")
        await roles.getByLabel("Role").selectOption({ label: "Requester" })
        await roles.getByRole("button", { name: "Save role and permissions" }).click()
        await roles.getByText("Saved.").waitFor()
        await page.getByTestId("member-role").filter({ hasText: "Requester" }).waitFor()
        expect((await acmeMember("ben@acme.demo")).role).toBe("requester")
        await roles.getByLabel("Role").selectOption({ label: "Buyer" })
        await roles.getByLabel("See users").check()
        await roles.getByRole("button", { name: "Save role and permissions" }).click()
        await page.getByTestId("member-role").filter({ hasText: "Buyer" }).waitFor()
        expect(await acmeMember("ben@acme.demo")).toMatchObject({ role: "buyer", grants: ["members.view"], revokes: [] })

        const limit = region("Spending limit")
        await limit.getByLabel("Add a currency (e.g. EUR)").fill("EUR")
        await limit.getByLabel("Amount in the added currency").fill("500")
        await limit.getByRole("button", { name: "Save spending limit" }).click()
        await page.getByTestId("member-limit").filter({ hasText: "€500.00" }).waitFor()
        expect((await acmeMember("ben@acme.demo")).spending_limit).toEqual({ eur: 500 })
        // The amount the member has is its own field now.
        await expect(limit.getByLabel("Limit in EUR").inputValue()).resolves.toBe("500")

        const access = region("Access")
        await access.getByRole("button", { name: "Deactivate" }).click()
        await access.getByText("This user is deactivated", { exact: false }).waitFor()
        expect((await acmeMember("ben@acme.demo")).status).toBe("deactivated")
        await access.getByRole("button", { name: "Reactivate" }).click()
        await access.getByText("This user has access to the organization.").waitFor()
        expect((await acmeMember("ben@acme.demo")).status).toBe("active")
      })

      it("shows a member without members.manage the users but no edit controls, and the store refuses the same requests forged", async () => {
        // Ben may see the users now (the test above granted members.view), not manage them.
        await signIn(page, zone, "ben@acme.demo")
        // His overview shows how the limit the test above set stands, as the merchant sees it.
        const ben = await acmeMember("ben@acme.demo")
        const { spending } = await zone.admin.get(`/admin/organizations/${acme}/members/${ben.id}/spending`)
        const euros = (amount: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(amount)
        const [eur] = spending.limits
        expect(eur).toMatchObject({ currency_code: "eur", limit: 500 })
        await page.goto(`${zone.url}/account/${acme}`)
        await page.getByTestId("spent-eur").filter({ hasText: `${euros(eur.spent)} of €500.00 (${euros(eur.remaining)} left)` }).waitFor()
        await page.goto(`${zone.url}/account/${acme}/users`)
        await page.getByTestId("member-row").filter({ hasText: "anna@acme.demo" }).waitFor()
        await page.getByText("You can see the users. Only users who may manage users can change them.").waitFor()
        expect(await page.getByRole("link", { name: "Invite a user" }).count()).toBe(0)
        expect(await page.getByRole("heading", { name: "Pending invitations" }).count()).toBe(0)
        await checkPage(page, "users-read-only")

        await page.getByRole("link", { name: "Anna de Vries" }).click()
        await page.getByRole("heading", { level: 1, name: "Anna de Vries" }).waitFor()
        expect(await page.getByRole("button").filter({ hasText: /Save|Deactivate|Remove/ }).count()).toBe(0)
        expect(await page.locator('select[name="role"], input[name="permissions"]').count()).toBe(0)

        await page.goto(`${zone.url}/account/${acme}/users/invite`)
        await page.getByText("Your account may not do this: ask an administrator of your organization.").waitFor()
        expect(await page.getByRole("button", { name: "Send invitation" }).count()).toBe(0)

        const asBen = await customerApi("ben@acme.demo")
        const anna = await acmeMember("anna@acme.demo")
        const demote = await asBen("POST", `/store/organizations/${acme}/members/${anna.id}`, { role: "buyer" })
        expect([demote.status, demote.body.code]).toEqual([403, "permission_required"])
        const invite = await asBen("POST", `/store/organizations/${acme}/invitations`, { email: "eve@acme.demo", role: "admin" })
        expect([invite.status, invite.body.code]).toEqual([403, "permission_required"])
        expect((await acmeMember("anna@acme.demo")).role).toBe("admin")
      })

      it("keeps the last admin: the sole admin can neither deactivate herself nor leave, and is told why", async () => {
        await signIn(page, zone, "anna@acme.demo")
        const anna = await acmeMember("anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/users/${anna.id}`)
        await page.getByText("This is you.").waitFor()
        // Her own role, rights, locations and limit are not offered, with the store's reason.
        await page.getByText("You cannot change your own role, rights or status: ask another administrator.").waitFor()
        expect(await page.locator('select[name="role"]').count()).toBe(0)

        const lastAdmin = "The organization needs at least one active administrator: make someone else admin first."
        await region("Access").getByRole("button", { name: "Deactivate" }).click()
        await region("Access").getByRole("alert").filter({ hasText: lastAdmin }).waitFor()
        const leave = region("Leave the organization")
        await leave.getByLabel("Yes, I leave the organization").check()
        await leave.getByRole("button", { name: "Leave" }).click()
        await leave.getByRole("alert").filter({ hasText: lastAdmin }).waitFor()
        await checkPage(page, "users-last-admin")
        expect(await acmeMember("anna@acme.demo")).toMatchObject({ role: "admin", status: "active" })
      })
    })

    describe("seats", () => {
      it("gives seats of a subscription up to its limit, says so when it is full, and frees one", async () => {
        await signIn(page, zone, "anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/subscriptions`)
        // The merchant's grant, with Anna's seat (an order of the yearbook made a second one).
        const yearbook = await entitlementWith("Fiscal Yearbook 2027", "1 of 2 seats in use (1 free)")
        await checkPage(page, "subscriptions")

        await yearbook.getByLabel("Member").selectOption({ label: "Ben Jansen (ben@acme.demo)" })
        await yearbook.getByRole("button", { name: "Give a seat" }).click()
        await yearbook.getByTestId("seat-usage").filter({ hasText: "2 of 2 seats in use (0 free)" }).waitFor()
        await yearbook.getByTestId("seat").filter({ hasText: "Ben Jansen" }).waitFor()

        await yearbook.getByLabel("Member").selectOption({ label: "Rosa Bakker (rosa@acme.demo)" })
        await yearbook.getByRole("button", { name: "Give a seat" }).click()
        await yearbook.getByRole("alert").filter({ hasText: "All seats are taken." }).waitFor()
        expect(await yearbook.getByTestId("seat").count()).toBe(2)

        await yearbook.getByTestId("seat").filter({ hasText: "Ben Jansen" }).getByRole("button", { name: "Free seat" }).click()
        await yearbook.getByTestId("seat-usage").filter({ hasText: "1 of 2 seats in use (1 free)" }).waitFor()
        expect(await yearbook.getByTestId("seat").filter({ hasText: "Ben Jansen" }).count()).toBe(0)
      })

      it("adds an outside participant to a training, refuses the same person twice, and frees the seat", async () => {
        await signIn(page, zone, "anna@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/trainings`)
        const training = entitlement("Training: VAT update 2027")
        await training.getByTestId("seat").filter({ hasText: "Eva Extern" }).waitFor()

        await training.getByLabel("Participant's name").fill("Piet Extern")
        await training.getByLabel("Participant's e-mail").fill("piet@extern.demo")
        await training.getByRole("button", { name: "Add participant" }).click()
        const piet = training.getByTestId("seat").filter({ hasText: "Piet Extern" })
        await piet.filter({ hasText: "Outside participant" }).waitFor()
        await training.getByTestId("seat-usage").filter({ hasText: "3 of 12 seats in use" }).waitFor()
        await checkPage(page, "trainings")

        await training.getByLabel("Participant's name").fill("Eva Extern")
        await training.getByLabel("Participant's e-mail").fill("eva@extern.demo")
        await training.getByRole("button", { name: "Add participant" }).click()
        await training.getByRole("alert").filter({ hasText: "This person already has a seat." }).waitFor()

        await piet.getByRole("button", { name: "Free seat" }).click()
        await training.getByTestId("seat-usage").filter({ hasText: "2 of 12 seats in use" }).waitFor()
      })

      it("shows a member without entitlements.manage only their own seats, with no controls", async () => {
        await signIn(page, zone, "rosa@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/trainings`)
        const training = entitlement("Training: VAT update 2027")
        await training.getByTestId("seat").filter({ hasText: "You" }).waitFor()
        expect(await training.getByTestId("seat").count()).toBe(1)
        expect(await page.getByRole("button").filter({ hasText: /Free seat|Give a seat|Add participant/ }).count()).toBe(0)
        await page.goto(`${zone.url}/account/${acme}/subscriptions`)
        await page.getByText("The subscriptions you have access to.").waitFor()
        await page.getByText("No subscriptions.").waitFor()
      })
    })

    describe("library and profile", () => {
      it("shows each member the publications they have a seat in", async () => {
        await signIn(page, zone, "ben@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/library`)
        await page.getByTestId("publication").filter({ hasText: "Extenso — tax law online" }).waitFor()
        expect(await page.getByTestId("publication").count()).toBe(1)
        await checkPage(page, "library")

        await page.close()
        page = await zone.newPage()
        await signIn(page, zone, "rosa@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/library`)
        await page.getByText("You have no publications yet.", { exact: false }).waitFor()
      })

      it("saves my name and this organization's e-mail preferences, and offers a password link", async () => {
        await signIn(page, zone, "rosa@acme.demo")
        await page.goto(`${zone.url}/account/${acme}/profile`)
        await page.getByText("Signed in as rosa@acme.demo").waitFor()
        await checkPage(page, "profile")

        const name = region("Your name")
        await name.getByLabel("First name").fill("Rosalie")
        await name.getByRole("button", { name: "Save name" }).click()
        await name.getByText("Saved.").waitFor()

        const emails = region("E-mail preferences for Acme Accountants")
        await emails.getByLabel("Orders").uncheck()
        await emails.getByRole("button", { name: "Save preferences" }).click()
        await emails.getByText("Saved.").waitFor()

        await page.reload()
        await expect(region("Your name").getByLabel("First name").inputValue()).resolves.toBe("Rosalie")
        await expect(region("E-mail preferences for Acme Accountants").getByLabel("Orders").isChecked()).resolves.toBe(false)
        await expect(region("E-mail preferences for Acme Accountants").getByLabel("General").isChecked()).resolves.toBe(true)
        const asRosa = await customerApi("rosa@acme.demo")
        const me = await asRosa("GET", `/store/organizations/${acme}/me`)
        expect(me.body.membership.notification_preferences).toMatchObject({ orders: false, general: true, billing: true, support: true })
        expect((await asRosa("GET", "/store/customers/me")).body.customer.first_name).toBe("Rosalie")

        const password = region("Password")
        await password.getByRole("button", { name: "E-mail me a link" }).click()
        await password.getByText("the link is on its way to rosa@acme.demo", { exact: false }).waitFor()
        // The plugin e-mails Medusa's reset link (option passwordResetEmails); it opens the zone's page.
        const [mail] = await zone.emails("rosa@acme.demo", { template: "b2b-password-reset" })
        expect(String(mail.data.url).startsWith(`${zone.url}/account/set-password?`)).toBe(true)
        await page.goto(String(mail.data.url))
        await page.getByLabel("New password", { exact: true }).fill("rosas-new-password-1")
        await page.getByLabel("Repeat the password").fill("rosas-new-password-1")
        await page.getByRole("button", { name: "Set password" }).click()
        await page.waitForURL("**/account/set-password?done=1")
        // The new password is the one that signs in now (the last test of the file: nobody needs the old one).
        const fresh = await zone.newPage()
        await signIn(fresh, zone, "rosa@acme.demo", "rosas-new-password-1")
        await fresh.close()
      })
    })
  })
}
