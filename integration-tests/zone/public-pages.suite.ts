// The customer zone's public pages in Chromium against a store with the demo data: the
// business-account request with its live company-number check (seed 001), the merchant's
// approval and the e-mailed activation link, used and unknown links, the set-password link,
// the invitation page of a visitor who is not signed in, and the portal code login of each
// scope (seed 003). The full invite → register → accept flow is in users-and-seats.spec.ts.
import type { Page } from "playwright-core"
import { checkPage, pagePerTest, DEMO_PASSWORD, signIn, type Zone } from "./helpers/zone"

/** Registered by customer-zone.spec.ts, which boots one store and zone for every suite. */
export function publicPagesSuite(getZone: () => Zone) {
  describe("public pages", () => {
    let zone!: Zone

    let page: Page

    jest.setTimeout(240_000)

    pagePerTest(getZone, { zone: (current) => (zone = current), page: (current) => (page = current) })

    const h1 = (name: string) => page.getByRole("heading", { level: 1, name })

    /** The live check's line under a company-number field. */
    const checkOf = (name: "vat_number" | "registration_number") => page.locator(`#field-${name}-check`)

    async function choosePassword(password: string) {
      await page.getByLabel("New password").fill(password)
      await page.getByLabel("Repeat the password").fill(password)
    }

    describe("account request (seed 001)", () => {
      const email = "kees@drukkerij-vos.demo"
      const password = "kees-his-own-password"
      let activationUrl: string

      it("checks the VAT and KvK numbers while the visitor types, with the store's rule, and sends the request", async () => {
        await page.goto(`${zone.url}/account-request`)
        await h1("Request a business account").waitFor()
        await page.getByLabel("Company name").fill("Drukkerij Vos")
        const vat = page.getByLabel("VAT number")
        await vat.pressSequentially("NL123456789B01", { delay: 20 })
        // Shown once the visitor pauses, without leaving the field.
        await checkOf("vat_number").getByText("This VAT number does not exist: its check digits do not add up. Look for a typo.").waitFor()
        expect(await vat.getAttribute("aria-invalid")).toBe("true")
        await page.getByLabel("KvK number").fill("1234567")
        await checkOf("registration_number").getByText("A KvK number has 8 digits.").waitFor()
        // Another country's number, and the registration field follows the country.
        await vat.fill("BE0403170701")
        await checkOf("vat_number").getByText("This VAT number belongs to another country than the one chosen (Netherlands): it must start with NL.").waitFor()
        await checkPage(page, "account-request-live-check")

        await vat.fill("nl 0044.95445.B01")
        await checkOf("vat_number").getByText("Looks right: NL004495445B01").waitFor()
        expect(await vat.getAttribute("aria-invalid")).toBe("false")
        await page.getByLabel("KvK number").fill("8765 4321")
        await checkOf("registration_number").getByText("Looks right: 87654321").waitFor()
        await page.getByLabel("Street and number").fill("Drukkerstraat 7")
        await page.getByLabel("Postal code").fill("3511 AB")
        await page.getByLabel("City").fill("Utrecht")
        await page.getByLabel("First name").fill("Kees")
        await page.getByLabel("Last name").fill("Vos")
        await page.getByLabel("E-mail").fill(email)
        await page.getByRole("button", { name: "Send request" }).click()
        await page.waitForURL("**/account-request/received?status=pending")
        await h1("Thank you for your request").waitFor()
        await checkPage(page, "account-request-received")

        const { account_requests } = await zone.admin.get(`/admin/account-requests?q=${encodeURIComponent(email)}`)
        expect(account_requests).toHaveLength(1)
        expect(account_requests[0]).toMatchObject({ company_name: "Drukkerij Vos", vat_number: "NL004495445B01", registration_number: "87654321", status: "pending" })
      })

      it("shows the same checks in Dutch, and a refusal of the store in words without losing the form", async () => {
        await page.context().addCookies([{ name: "locale", value: "nl", url: zone.url }])
        await page.goto(`${zone.url}/account-request`)
        await h1("Zakelijk account aanvragen").waitFor()
        await page.getByLabel("Land").selectOption("be")
        await page.getByLabel("Ondernemingsnummer (KBO)").fill("0403170702")
        await checkOf("registration_number").getByText("Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet. Kijk of er een tikfout in zit.").waitFor()
        await page.getByLabel("Btw-nummer").fill("NL123456789B01")
        await checkOf("vat_number").getByText("Dit btw-nummer hoort bij een ander land dan het gekozen land (België): het moet met BE beginnen.").waitFor()
        await checkPage(page, "account-request-nl")

        // Sent anyway: the store refuses both numbers, named by their labels in the visitor's language.
        await page.getByLabel("Bedrijfsnaam").fill("Drukkerij Vos BV")
        await page.getByLabel("Voornaam").fill("Kees")
        await page.getByLabel("Achternaam").fill("Vos")
        await page.getByLabel("E-mail").fill(email)
        await page.getByRole("button", { name: "Aanvraag versturen" }).click()
        const refused = page.getByRole("alert")
        await refused.getByText("Enkele velden vragen je aandacht.").waitFor()
        expect(await refused.getByRole("listitem").allTextContents()).toEqual([
          "Btw-nummer: Dit btw-nummer hoort bij een ander land dan het gekozen land (België): het moet met BE beginnen.",
          "Ondernemingsnummer (KBO): Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet. Kijk of er een tikfout in zit.",
        ])
        await checkPage(page, "account-request-refused-nl")

        // The same e-mail as the pending request: the store refuses it (409), the form keeps its values.
        await page.getByLabel("Btw-nummer").fill("BE0403170701")
        await page.getByLabel("Ondernemingsnummer (KBO)").fill("0403.170.701")
        await checkOf("registration_number").getByText("Ziet er goed uit: 0403170701").waitFor()
        await page.getByRole("button", { name: "Aanvraag versturen" }).click()
        await page.getByRole("alert").getByText("Voor dit e-mailadres wacht al een aanvraag op een beslissing.", { exact: false }).waitFor()
        expect(await page.getByLabel("Bedrijfsnaam").inputValue()).toBe("Drukkerij Vos BV")
        expect(await page.getByLabel("Btw-nummer").inputValue()).toBe("BE0403170701")
      })

      it("leads the approved contact from the e-mailed link to an active account, signed in", async () => {
        const { account_requests } = await zone.admin.get(`/admin/account-requests?q=${encodeURIComponent(email)}`)
        await zone.admin.post(`/admin/account-requests/${account_requests[0].id}/approve`, {})
        const [approved] = await zone.emails(email, { template: "b2b-account-request-approved" })
        activationUrl = approved.data.activation_url
        expect(activationUrl).toMatch(new RegExp(`^${zone.url}/account/activate\\?token=`))

        await page.goto(activationUrl)
        await h1("Activate your business account").waitFor()
        await checkPage(page, "activate")
        await page.getByLabel("New password").fill(password)
        await page.getByLabel("Repeat the password").fill("something-else-entirely")
        await page.getByRole("button", { name: "Activate account" }).click()
        await page.getByRole("alert").getByText("The two passwords are not the same.").waitFor()

        await choosePassword(password)
        await page.getByRole("button", { name: "Activate account" }).click()
        await page.waitForURL("**/account/activate?done=1")
        await h1("Your account is active").waitFor()
        await page.getByText("You are signed in.").waitFor()
        await checkPage(page, "activate-done")
        await page.getByRole("link", { name: "Go to your customer zone" }).click()
        await page.waitForURL(/\/account\/[^/]+$/)
        await h1("Drukkerij Vos").waitFor()
      })

      it("lets the activated contact sign in with the chosen password", async () => {
        await signIn(page, zone, email, password)
        await h1("Drukkerij Vos").waitFor()
      })

      it("shows a clear page for a used activation link, an unknown one and one without a token", async () => {
        await page.goto(activationUrl)
        await choosePassword("yet-another-password")
        await page.getByRole("button", { name: "Activate account" }).click()
        await page.waitForURL("**/account/activate?problem=token_used")
        await h1("This link has been used already").waitFor()
        await page.getByRole("link", { name: "Sign in" }).first().waitFor()
        await checkPage(page, "activate-used")

        await page.goto(`${zone.url}/account/activate?token=not-a-real-token`)
        await choosePassword("yet-another-password")
        await page.getByRole("button", { name: "Activate account" }).click()
        await page.waitForURL("**/account/activate?problem=token_invalid")
        await h1("This link does not work").waitFor()

        for (const path of ["/account/activate", "/account/confirm", "/account/set-password", "/invitations/accept"]) {
          await page.goto(`${zone.url}${path}`)
          await h1("This link does not work").waitFor()
        }
        await checkPage(page, "link-without-token")
      })
    })

    describe("confirmation link (the request's e-mail has a login already)", () => {
      it("asks the visitor to sign in as that login, then confirms and opens the account", async () => {
        const email = "sanne@bakkerij-sanne.demo"
        const password = "sannes-own-password"
        const store = (path: string, body: unknown, token?: string) =>
          fetch(`${zone.store.url}${path}`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-publishable-api-key": zone.demo.publishable_keys.b2b,
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify(body),
          }).then(async (answer) => {
            if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`)
            return answer.json() as Promise<any>
          })
        const { token } = await store("/auth/customer/emailpass/register", { email, password })
        await store("/store/customers", { email, first_name: "Sanne", last_name: "Smit" }, token)
        const { account_request } = await store("/store/account-requests", {
          company: { name: "Bakkerij Sanne", vat_number: "NL810433941B01", registration_number: "11223344", country_code: "nl" },
          contact: { first_name: "Sanne", last_name: "Smit", email },
        })
        await zone.admin.post(`/admin/account-requests/${account_request.id}/approve`, {})
        const [approved] = await zone.emails(email, { template: "b2b-account-request-approved" })
        const confirmUrl: string = approved.data.confirm_url
        expect(confirmUrl).toMatch(new RegExp(`^${zone.url}/account/confirm\\?token=`))

        await page.goto(confirmUrl)
        await h1("Confirm your business account").waitFor()
        await checkPage(page, "confirm-signed-out")
        await page.getByRole("link", { name: "Sign in to confirm" }).click()
        await page.getByLabel("E-mail").fill(email)
        await page.getByLabel("Password").fill(password)
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.waitForURL("**/account/confirm?token=**")
        await page.getByText(`Signed in as ${email}.`).waitFor()
        await checkPage(page, "confirm-signed-in")
        await page.getByRole("button", { name: "Confirm", exact: true }).click()
        await page.waitForURL("**/account/confirm?done=1")
        await h1("Your account is active").waitFor()
        await page.getByRole("link", { name: "Go to your customer zone" }).click()
        await h1("Bakkerij Sanne").waitFor()
      })
    })

    describe("set-password link (a member the merchant activates by hand)", () => {
      it("sets the password once and signs in; the second use shows that the link was used", async () => {
        const brussels = zone.organizationId("Brussels Legal Partners")
        const { memberships } = await zone.admin.get(`/admin/organizations/${brussels}/members?limit=100`)
        const tom = memberships.find((membership: any) => membership.customer?.email === "tom@brussels.demo")
        await zone.admin.post(`/admin/organizations/${brussels}/members/${tom.id}/activation`, {})
        const [sent] = await zone.emails("tom@brussels.demo", { template: "b2b-member-activation" })
        const link: string = sent.data.set_password_url
        expect(link).toMatch(new RegExp(`^${zone.url}/account/set-password\\?`))

        await page.goto(link)
        await h1("Choose your password").waitFor()
        await page.getByText("A new password for tom@brussels.demo.").waitFor()
        await checkPage(page, "set-password")
        await choosePassword("toms-new-password-1")
        await page.getByRole("button", { name: "Set password" }).click()
        await page.waitForURL("**/account/set-password?done=1")
        await h1("Your password is set").waitFor()
        await page.getByText("You are signed in.").waitFor()

        const again = await zone.newPage()
        try {
          await again.goto(link)
          await again.getByLabel("New password").fill("someone-elses-password")
          await again.getByLabel("Repeat the password").fill("someone-elses-password")
          await again.getByRole("button", { name: "Set password" }).click()
          await again.waitForURL("**/account/set-password?problem=token_used")
          await again.getByRole("heading", { level: 1, name: "This link has been used already" }).waitFor()
        } finally {
          await again.close()
        }
        // The first password stands.
        await signIn(page, zone, "tom@brussels.demo", "toms-new-password-1")
      })
    })

    describe("invitation page", () => {
      it("asks a visitor who is not signed in to sign in or register, and comes back; another login is refused in words", async () => {
        const acme = zone.organizationId("Acme Accountants")
        await zone.admin.post(`/admin/organizations/${acme}/invitations`, { email: "olga@acme.demo", role: "buyer" })
        const [invitation] = await zone.emails("olga@acme.demo", { template: "b2b-organization-invitation" })
        const acceptUrl: string = invitation.data.accept_url
        const path = acceptUrl.slice(zone.url.length)

        await page.goto(acceptUrl)
        await h1("Join your organization").waitFor()
        const next = encodeURIComponent(path)
        expect(await page.getByRole("link", { name: "Sign in", exact: true }).last().getAttribute("href")).toBe(`/sign-in?next=${next}`)
        expect(await page.getByRole("link", { name: "Create an account" }).last().getAttribute("href")).toBe(`/register?next=${next}`)
        await checkPage(page, "invitation-signed-out")

        // Ben signs in from here and comes back, but the invitation is Olga's.
        await page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }).click()
        await page.getByLabel("E-mail").fill("ben@acme.demo")
        await page.getByLabel("Password").fill(DEMO_PASSWORD)
        await page.getByRole("button", { name: "Sign in" }).click()
        await page.waitForURL(`**${path}`)
        await page.getByText("Signed in as ben@acme.demo.").waitFor()
        await page.getByRole("button", { name: "Accept the invitation" }).click()
        await page.getByRole("alert").getByText("This invitation is for another e-mail address: sign in with that address.").waitFor()
        await checkPage(page, "invitation-other-email")

        // A withdrawn or made-up token shows the clear page.
        await page.goto(`${zone.url}/invitations/accept?token=made-up`)
        await page.getByRole("button", { name: "Accept the invitation" }).click()
        await page.waitForURL("**/invitations/accept?problem=token_invalid")
        await h1("This link does not work").waitFor()
      })
    })

    describe("portal code login (seed 003)", () => {
      let acme: string
      let codes: { organization: string; location: string; installation: string; token: string }
      let office: { id: string; label: string }

      beforeAll(async () => {
        acme = zone.organizationId("Acme Accountants")
        const { locations } = await zone.admin.get(`/admin/organizations/${acme}/locations?limit=10`)
        office = locations[0]
        const create = async (body: Record<string, unknown>) => (await zone.admin.post(`/admin/organizations/${acme}/access-codes`, body)).code as string
        const { token } = await zone.admin.post(`/admin/organizations/${acme}/assets`, { location_id: office.id, name: "Rooftop chiller", serial_number: "RC-2024-17" })
        codes = {
          organization: await create({}),
          location: await create({ location_id: office.id }),
          installation: await create({ location_id: office.id, requires_installation_token: true }),
          token,
        }
      })

      async function openPortal(code: string, token?: string) {
        await page.goto(`${zone.url}/portal`)
        await page.getByLabel("Access code").fill(code)
        if (token) await page.getByLabel("Installation token (if you have one)").fill(token)
        await page.getByRole("button", { name: "Open the portal" }).click()
      }

      it("opens the organization's portal: its orders and installations, read-only; closing it ends the session", async () => {
        await page.goto(`${zone.url}/portal`)
        await h1("Portal").waitFor()
        await checkPage(page, "portal")
        // Case, spaces and dashes of the code do not matter.
        await openPortal(` ${codes.organization.toLowerCase()} `)
        await page.waitForURL("**/portal/view")
        await h1("Acme Accountants").waitFor()
        await page.locator('[data-level="organization"]').waitFor()
        await page.getByRole("heading", { level: 2, name: "Orders" }).waitFor()
        await page.getByRole("heading", { level: 2, name: "Installations" }).waitFor()
        await page.getByRole("cell", { name: "Rooftop chiller" }).waitFor()
        await checkPage(page, "portal-organization")

        await page.getByRole("button", { name: "Close the portal" }).click()
        await page.waitForURL(/\/portal$/)
        await page.goto(`${zone.url}/portal/view`)
        await page.waitForURL(/\/portal$/)
      })

      it("opens a location's portal", async () => {
        await openPortal(codes.location)
        await page.waitForURL("**/portal/view")
        await page.locator('[data-level="location"]').waitFor()
        await page.getByText(office.label, { exact: false }).first().waitFor()
        await page.getByRole("heading", { level: 2, name: "Orders" }).waitFor()
      })

      it("opens one installation's portal only with its token, and shows no orders", async () => {
        await openPortal(codes.installation)
        await page.getByRole("alert").getByText("This code, or the installation token, is not right. Check them and try again.").waitFor()
        await openPortal(codes.installation, codes.token)
        await page.waitForURL("**/portal/view")
        await page.locator('[data-level="installation"]').waitFor()
        await page.getByText("Rooftop chiller (Serial number: RC-2024-17)").waitFor()
        expect(await page.getByRole("heading", { level: 2, name: "Orders" }).count()).toBe(0)
        await checkPage(page, "portal-installation")
      })

      it("refuses a wrong code in words, and sends an ended session back to the code form", async () => {
        await openPortal("WRONG-CODE-1234")
        await page.getByRole("alert").getByText("This code, or the installation token, is not right. Check them and try again.").waitFor()
        expect(page.url()).toMatch(/\/portal$/)
        await checkPage(page, "portal-wrong-code")

        await page.context().addCookies([{ name: "_b2b_portal", value: "an.ended.session", url: zone.url }])
        await page.goto(`${zone.url}/portal/view`)
        await page.waitForURL("**/portal?expired=1")
        await page.getByText("Your portal session has ended. Enter the code again.").waitFor()
      })
    })
  })
}
