import { B2BClient } from ".."

// How a method's arguments become the request: ids into the path, then a read's query or a
// write's body, then options (headers, a portal token, a write's `?fields=`).

type Sent = { url: string; method: string; body: unknown; headers: Record<string, string> }

function clientRecording() {
  const sent: Sent[] = []
  const fetch = async (url: URL | RequestInfo, init?: RequestInit) => {
    const headers = init?.headers as Record<string, string>
    sent.push({ url: String(url), method: init!.method!, body: init?.body ? JSON.parse(String(init.body)) : undefined, headers })
    return new Response("{}", { status: 200 })
  }
  const sdk = { client: { config: { baseUrl: "http://store.test", publishableKey: "pk_1" }, getToken: async () => "jwt_1" } }
  return { b2b: new B2BClient(sdk as never, { fetch: fetch as typeof globalThis.fetch }), sent }
}

describe("client methods", () => {
  it("a read with a query: ids, then the query", async () => {
    const { b2b, sent } = clientRecording()
    await b2b.store.organizations.members.list("org 1", { limit: 5, role: ["admin", "buyer"] })
    expect(sent[0]).toMatchObject({ url: "http://store.test/store/organizations/org%201/members?limit=5&role=admin%2Cbuyer", method: "GET", body: undefined })
    expect(sent[0].headers).toMatchObject({ authorization: "Bearer jwt_1", "x-publishable-api-key": "pk_1" })
  })

  it("a read without a query takes its options first (a portal session's token)", async () => {
    const { b2b, sent } = clientRecording()
    await b2b.store.portal.retrieve({ portalToken: "portal_1" })
    expect(sent[0]).toMatchObject({ url: "http://store.test/store/portal", method: "GET" })
    expect(sent[0].headers.authorization).toBe("Bearer portal_1")
  })

  it("a write: ids, body, then options with its ?fields= and headers", async () => {
    const { b2b, sent } = clientRecording()
    await b2b.store.organizations.members.update("org_1", "mem_1", { role: "buyer" }, { query: { fields: "id,role" }, headers: { "x-forwarded-for": "203.0.113.7" } })
    expect(sent[0]).toMatchObject({
      url: "http://store.test/store/organizations/org_1/members/mem_1?fields=id%2Crole",
      method: "POST",
      body: { role: "buyer" },
    })
    expect(sent[0].headers["x-forwarded-for"]).toBe("203.0.113.7")
  })

  it("a write without a body sends {} and takes its options first", async () => {
    const { b2b, sent } = clientRecording()
    await b2b.store.carts.requestApproval("cart_1", { query: { fields: "id,status" } })
    expect(sent[0]).toMatchObject({ url: "http://store.test/store/carts/cart_1/approval?fields=id%2Cstatus", method: "POST", body: {} })
    await b2b.store.organizations.members.remove("org_1", "mem_1")
    expect(sent[1]).toMatchObject({ url: "http://store.test/store/organizations/org_1/members/mem_1", method: "DELETE", body: undefined })
  })

  it("Medusa's cart routes name the organization in x-organization-id (none for a private cart)", async () => {
    const { b2b, sent } = clientRecording()
    await b2b.store.carts.create("org_1", { region_id: "reg_1" })
    await b2b.store.carts.create(null, { region_id: "reg_1" })
    expect(sent.map((s) => [s.url, s.headers["x-organization-id"]])).toEqual([
      ["http://store.test/store/carts", "org_1"],
      ["http://store.test/store/carts", undefined],
    ])
  })

  it("refuses a missing id before sending anything", () => {
    const { b2b, sent } = clientRecording()
    const call = b2b.store.organizations.members.list as unknown as (id?: string) => Promise<unknown>
    expect(() => call()).toThrow(/store.organizations.members.list: pass 1 id/)
    expect(sent).toEqual([])
  })
})

describe("an answer without a code", () => {
  it("gets its status's code, as the server gives it (lib/refusal-codes codeOf4xx)", async () => {
    const { errorOfAnswer } = await import("../errors")
    expect([401, 404, 409, 422, 502].map((status) => errorOfAnswer(status, { message: "x" }, null).code)).toEqual([
      "unauthorized",
      "not_found",
      "conflict",
      "invalid_data",
      "server_error",
    ])
  })
})
