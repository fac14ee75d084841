import fs from "node:fs"
import path from "node:path"

// The dashboard is bundled for the browser by Vite: a server file it imports (e.g. the
// permission keys) must not pull in Medusa's server packages or Node built-ins, or the
// whole dashboard renders blank ("util.inherits is not a function").

const ADMIN = path.resolve(__dirname, "..")
const SERVER_ONLY = /^(node:|@medusajs\/framework(?!\/types)|@medusajs\/medusa|@medusajs\/utils|crypto$|fs$|path$)/

/** The runtime (not `import type`) imports of a file, as written. */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8")
  const imports = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)]
  return imports.map((match) => match[1])
}

const resolveLocal = (from: string, specifier: string) =>
  [".ts", ".tsx", "/index.ts"].map((ext) => path.resolve(path.dirname(from), specifier) + ext).find(fs.existsSync)

function adminFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : adminFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe("the admin bundle", () => {
  it("imports no server-only module, directly or through the server files it shares", () => {
    const offending: string[] = []
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const specifier of runtimeImports(file)) {
        if (specifier.startsWith(".")) {
          const local = resolveLocal(file, specifier)
          if (local) visit(local)
        } else if (SERVER_ONLY.test(specifier)) {
          offending.push(`${path.relative(ADMIN, file)} imports ${specifier}`)
        }
      }
    }
    adminFiles(ADMIN).forEach(visit)
    expect(seen.size).toBeGreaterThan(20)
    expect(offending).toEqual([])
  })
})
