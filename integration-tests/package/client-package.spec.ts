import { execFileSync, type ExecFileSyncOptions } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

// The storefront developer's view of the package: built and packed as npm would publish it,
// installed into an empty project beside @medusajs/js-sdk and nothing of Medusa's server, the
// consumer fixture (integration-tests/consumer) compiled strictly against it, and the client
// loaded and bundled for a browser.

const ROOT = path.join(__dirname, "../..")
const FIXTURE = path.join(ROOT, "integration-tests/consumer")
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const devVersion = (name: string) => String(pkg.devDependencies[name]).replace(/^[\^~]/, "")

const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(command, args, { encoding: "utf8", stdio: "pipe", maxBuffer: 64 * 1024 * 1024, ...options }) as string

/** tsc's verdict on the fixture under one tsconfig: the errors it prints (empty: compiles). */
function compile(consumer: string, tsconfig: string) {
  try {
    run(process.execPath, [path.join(consumer, "node_modules/typescript/bin/tsc"), "-p", tsconfig], { cwd: consumer })
    return ""
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error)
  }
}

describe("the packed package, as a storefront installs it", () => {
  let consumer: string

  let buildDir: string

  beforeAll(async () => {
    // Built and packed from a copy of the project, as `npm publish` ships it (scripts/pack-plugin.mjs).
    const { packPlugin } = await import(path.join(ROOT, "scripts/pack-plugin.mjs"))
    const packed: { tarball: string; buildDir: string } = await packPlugin()
    buildDir = packed.buildDir
    consumer = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-consumer-"))
    fs.cpSync(FIXTURE, consumer, { recursive: true })
    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        packed.tarball,
        `@medusajs/js-sdk@${devVersion("@medusajs/js-sdk")}`,
        // The js-sdk's declarations import Medusa's types package, which it lists only as a
        // devDependency; storefronts (Medusa's Next.js starter) install it themselves.
        `@medusajs/types@${devVersion("@medusajs/js-sdk")}`,
        `typescript@${devVersion("typescript")}`,
      ],
      { cwd: consumer }
    )
  }, 600_000)

  it("installs without Medusa's server packages", () => {
    const installed = (name: string) => fs.existsSync(path.join(consumer, "node_modules", name))
    expect(installed("medusa-plugin-b2b-accounts")).toBe(true)
    expect(installed("@medusajs/js-sdk")).toBe(true)
    for (const server of ["@medusajs/framework", "@medusajs/medusa", "@medusajs/cli", "@medusajs/admin-sdk", "@medusajs/utils"]) {
      expect({ server, installed: installed(server) }).toEqual({ server, installed: false })
    }
  })

  it("compiles the fixture strictly with moduleResolution Bundler (as Next.js does)", () => {
    expect(compile(consumer, "tsconfig.bundler.json")).toBe("")
  })

  it("compiles the fixture strictly with moduleResolution NodeNext, but for the js-sdk's own default export", () => {
    // Found: under NodeNext an ES module sees @medusajs/js-sdk's declarations as CommonJS (its
    // package.json has no "type" and no "types" per condition), so `new Medusa(…)` is "not
    // constructable" there, whatever this package does. Every call of this package's client
    // compiles; the SDK's construction is the only error.
    const errors = compile(consumer, "tsconfig.nodenext.json").split("\n").filter((line) => line.includes("error TS"))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^src\/every-method\.ts\(\d+,\d+\): error TS2351: This expression is not constructable\./)
    const line = Number(errors[0].match(/\((\d+),/)![1])
    expect(fs.readFileSync(path.join(consumer, "src/every-method.ts"), "utf8").split("\n")[line - 1]).toContain("new Medusa(")
  })

  it("a wrong call does not compile (the types are real, not any)", () => {
    fs.writeFileSync(
      path.join(consumer, "src/wrong.ts"),
      `import Medusa from "@medusajs/js-sdk"
import { B2BClient } from "medusa-plugin-b2b-accounts/client"
const b2b = new B2BClient(new Medusa({ baseUrl: "http://localhost:9000" }))
export const wrong = async () => (await b2b.store.organizations.members.list("org_1")).members
`
    )
    const config = path.join(consumer, "tsconfig.wrong.json")
    fs.writeFileSync(config, JSON.stringify({ extends: "./tsconfig.bundler.json", files: ["src/wrong.ts"] }))
    expect(compile(consumer, config)).toContain("Property 'members' does not exist")
  })

  it("loads in Node from the package alone and sends through the SDK's settings", async () => {
    const script = `
      import Medusa from "@medusajs/js-sdk"
      import { B2BClient, B2BError } from "medusa-plugin-b2b-accounts/client"
      const seen = []
      const fetch = async (url, init) => {
        seen.push({ url: String(url), method: init.method, key: init.headers["x-publishable-api-key"] })
        return new Response(JSON.stringify({ type: "not_allowed", code: "permission_required", message: "No" }), { status: 403 })
      }
      const b2b = new B2BClient(new Medusa({ baseUrl: "http://store.test", publishableKey: "pk_1" }), { fetch })
      try { await b2b.store.organizations.members.list("org_1", { limit: 5 }) } catch (error) {
        console.log(JSON.stringify({ seen, isB2BError: error instanceof B2BError, code: error.code, status: error.status }))
      }`
    const out = run(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer })
    expect(JSON.parse(out)).toEqual({
      seen: [{ url: "http://store.test/store/organizations/org_1/members?limit=5", method: "GET", key: "pk_1" }],
      isB2BError: true,
      code: "permission_required",
      status: 403,
    })
  })

  it("ships openapi.json", () => {
    const document = JSON.parse(
      fs.readFileSync(path.join(consumer, "node_modules/medusa-plugin-b2b-accounts/.medusa/server/openapi.json"), "utf8")
    )
    expect(document.openapi).toBe("3.1.0")
    const resolved = run(process.execPath, ["-e", `console.log(require.resolve("medusa-plugin-b2b-accounts/openapi.json"))`], { cwd: consumer })
    expect(resolved.trim()).toMatch(/openapi\.json$/)
  })

  it("bundles for a browser with nothing but the client (size in the log)", () => {
    const size = JSON.parse(run(process.execPath, [path.join(ROOT, "scripts/client-size.mjs"), buildDir]))
    console.log(`client bundle: ${size.minified} B minified, ${size.gzipped} B gzipped`)
    for (const input of size.inputs as string[]) {
      expect(input).toMatch(/^\.medusa\/server\/src\/(client\/|lib\/refusal-codes\.js$|api\/resources\/routes\.js$)/)
    }
  })
})
