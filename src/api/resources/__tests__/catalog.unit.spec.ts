import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { CATALOG, type Operation } from "../catalog"
import { openApiDocument } from "../openapi"
import { ROUTES } from "../routes"
import { B2BClient } from "../../../client"

// The catalog is the one list of the plugin's routes: every route file's handlers are in it
// (and nothing else), the client has a function for each, and the OpenAPI document made from
// it is valid OpenAPI 3.1 with every operation.

const API = path.join(__dirname, "../..")
const examples = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../docs/openapi-examples.json"), "utf8"))

/** `METHOD /path/{param}` of every handler a route.ts under src/api exports. */
function routeHandlers() {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const route = "/" + path.relative(API, dir).split(path.sep).join("/").replace(/\[([^\]]+)\]/g, "{$1}")
        const source = fs.readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/^export (?:const|async function|function) (GET|POST|DELETE|PUT|PATCH)\b/gm)) {
          found.push(`${method} ${route}`)
        }
      }
    }
  }
  walk(API)
  return found.sort()
}

const operations = Object.entries(CATALOG) as [string, Operation][]

describe("the route catalog", () => {
  it("lists exactly the handlers of the route files", () => {
    const catalogued = operations.map(([, op]) => `${op.method} ${op.path}`).sort()
    expect(catalogued).toEqual(routeHandlers())
    expect(new Set(catalogued).size).toBe(catalogued.length)
  })

  it("agrees with ROUTES, which the client sends by", () => {
    for (const [name, op] of operations) {
      const route: { method: string; path: string; body?: boolean; query?: boolean } = ROUTES[name as keyof typeof ROUTES]
      expect({ name, method: route.method, path: route.path, body: !!route.body, query: !!route.query }).toEqual({
        name,
        method: op.method,
        path: op.path,
        body: !!op.body,
        query: !!op.query,
      })
    }
    expect(Object.keys(ROUTES).sort()).toEqual(operations.map(([name]) => name).sort())
  })

  it("has a client function for every operation, where its name says", () => {
    const client = new B2BClient({ client: { config: { baseUrl: "http://localhost" } } } as never)
    for (const [name] of operations) {
      const tree = { store: client.store, admin: client.admin }
      const fn = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree)
      expect({ name, type: typeof fn }).toEqual({ name, type: "function" })
    }
  })

  it("has one recorded example per operation, each matching its response schema", () => {
    for (const [name, op] of operations) {
      expect({ name, recorded: name in examples }).toEqual({ name, recorded: true })
      const parsed = op.response.safeParse(examples[name])
      expect({ name, problems: parsed.success ? null : parsed.error.issues }).toEqual({ name, problems: null })
    }
  })
})

describe("the OpenAPI document", () => {
  const document = openApiDocument({ version: "0.0.0-test", examples })

  it("covers every operation with its security, parameters, body and answers", () => {
    const inDocument = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`)
    )
    expect(inDocument.sort()).toEqual(operations.map(([, op]) => `${op.method} ${op.path}`).sort())
    const members = document.paths["/store/organizations/{id}/members"].get as Record<string, any>
    expect(members.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["id", "limit", "offset", "fields"]))
    expect(members.security).toEqual(expect.arrayContaining([{ publishable_key: [], customer_bearer: [] }]))
    expect(members.responses["200"].content["application/json"].example).toEqual(examples["store.organizations.members.list"])
    expect(members["x-permission"]).toBe("members.view")
  })

  it("is valid OpenAPI 3.1 (checked by a validator)", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "openapi-")), "openapi.json")
    fs.writeFileSync(file, JSON.stringify(document))
    const out = execFileSync(process.execPath, [path.join(__dirname, "../../../../scripts/openapi.mjs"), "--check", file], {
      encoding: "utf8",
    })
    expect(out).toContain("valid OpenAPI 3.1")
  })

  it("a broken document is refused by the same check", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "openapi-")), "openapi.json")
    fs.writeFileSync(file, JSON.stringify({ ...document, paths: { "/x": { get: { responses: "no" } } } }))
    expect(() =>
      execFileSync(process.execPath, [path.join(__dirname, "../../../../scripts/openapi.mjs"), "--check", file], { stdio: "pipe" })
    ).toThrow()
  })
})
