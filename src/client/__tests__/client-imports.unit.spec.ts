import fs from "node:fs"
import path from "node:path"

// The client runs in browsers, Node and React Server Components without the plugin's server:
// at runtime it may import only its own files and the plugin's pure constants; of Medusa, only
// types (the js-sdk instance is the storefront's own).

const CLIENT = path.resolve(__dirname, "..")

/** Every import of a file, as written, with whether it is type-only. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = fs.readFileSync(file, "utf8")
  return [...source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)].map((match) => ({
    specifier: match[3],
    typeOnly: !!match[2],
  }))
}

const resolveLocal = (from: string, specifier: string) =>
  [".ts", "/index.ts"].map((ext) => path.resolve(path.dirname(from), specifier) + ext).find(fs.existsSync)

describe("the client entry", () => {
  it("imports at runtime only its own files and pure plugin files; of Medusa only types", () => {
    const offending: string[] = []
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (specifier.startsWith(".")) {
          const local = resolveLocal(file, specifier)
          if (!local) offending.push(`${path.relative(CLIENT, file)}: ${specifier} not found`)
          else if (!typeOnly) visit(local)
        } else if (!typeOnly) {
          offending.push(`${path.relative(CLIENT, file)} imports ${specifier} at runtime`)
        }
      }
    }
    visit(path.join(CLIENT, "index.ts"))
    expect([...seen].map((file) => path.relative(CLIENT, file)).sort()).toEqual(
      [
        "../api/resources/routes.ts",
        "../lib/refusal-codes.ts",
        "auth.ts",
        "carts.ts",
        "errors.ts",
        "index.ts",
        "operations.ts",
        "organization-header.ts",
        "routes.ts",
        "transport.ts",
      ].sort()
    )
    expect(offending).toEqual([])
  })

  it("reaches through its types only the js-sdk and the package's own dependencies", () => {
    // The .d.ts files a storefront compiles against follow type imports too: none may lead to
    // a Medusa server package, which a storefront does not install (zod and jsvat come with
    // the package: the request schemas check company numbers).
    const packages = new Set<string>()
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const { specifier } of importsOf(file)) {
        if (!specifier.startsWith(".")) packages.add(specifier)
        else {
          const local = resolveLocal(file, specifier)
          if (local) visit(local)
        }
      }
    }
    visit(path.join(CLIENT, "index.ts"))
    expect([...packages].sort()).toEqual(["@medusajs/js-sdk", "jsvat", "zod"])
  })
})
