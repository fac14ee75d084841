import fs from "node:fs"
import path from "node:path"

// src/lib holds pure code only: rules, constants and types that the modules, the workflows, the
// routes, the admin and the storefront share. Reading (the container, module services, the
// query graph, SQL) belongs to the modules' services and to src/workflows; a lib file that reads
// would pull the modules into everything that imports it (and did: lib → module → loader → lib).

const SRC = path.resolve(__dirname, "../..")
const LIB = path.join(SRC, "lib")

/** The source without comments, so a comment may name what the code must not do. */
const codeOf = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1")

/** Every import and re-export of a file, as written, with whether it is type-only. */
function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  return [...source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)].map((match) => ({
    specifier: match[3],
    typeOnly: !!match[2],
  }))
}

const FORBIDDEN: [string, RegExp][] = [
  ["container resolution", /\.resolve\s*\(|\bMedusaContainer\b|\bhasRegistration\b|\bregister\s*\(|awilix/],
  ["container keys", /\bContainerRegistrationKeys\b|\bModules\./],
  ["SQL", /\bknex\b|\.raw\s*\(|\.execute\s*\(|\bPG_CONNECTION\b/],
  ["steps and workflows", /\bcreateStep\b|\bcreateWorkflow\b/],
]

const libFiles = () =>
  fs
    .readdirSync(LIB)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => path.join(LIB, name))

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return walk(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Where a relative import of `from` points, as a path below src (null: a package). */
const target = (from: string, specifier: string) =>
  specifier.startsWith(".") ? path.relative(SRC, path.resolve(path.dirname(from), specifier)) : null

/** What is wrong with one lib file's source (empty: it is pure). */
export function impurities(file: string, source: string): string[] {
  const found: string[] = []
  const code = codeOf(source)
  for (const [what, pattern] of FORBIDDEN) {
    const match = code.match(pattern)
    if (match) found.push(`${what} (${match[0].trim()})`)
  }
  for (const { specifier, typeOnly } of importsOf(code)) {
    const to = target(file, specifier)
    if (!typeOnly && to && /^(modules|workflows|api)(\/|$)/.test(to)) found.push(`imports ${specifier} at runtime`)
  }
  return found
}

describe("src/lib", () => {
  it("holds only pure code: no container, no SQL, no steps, no runtime import of modules, workflows or routes", () => {
    const offending = libFiles().flatMap((file) =>
      impurities(file, fs.readFileSync(file, "utf8")).map((why) => `${path.relative(SRC, file)}: ${why}`)
    )
    expect(offending).toEqual([])
  })

  it("would catch what it looks for (the check itself)", () => {
    const file = path.join(LIB, "example.ts")
    expect(impurities(file, 'import { X } from "../modules/organization"\n')).toHaveLength(1)
    expect(impurities(file, 'import type { X } from "../modules/organization/types"\n')).toEqual([])
    expect(impurities(file, "const q = container.resolve(ContainerRegistrationKeys.QUERY)\n")).toHaveLength(2)
    expect(impurities(file, 'await knex.raw("select 1")\n')).toHaveLength(1)
    expect(impurities(file, "// container.resolve is not done here\nexport const a = 1\n")).toEqual([])
  })
})

describe("src/modules", () => {
  it("imports nothing from src/workflows or src/api", () => {
    const offending = walk(path.join(SRC, "modules")).flatMap((file) =>
      importsOf(codeOf(fs.readFileSync(file, "utf8")))
        .map(({ specifier }) => ({ specifier, to: target(file, specifier) }))
        .filter(({ to }) => to && /^(workflows|api)(\/|$)/.test(to))
        .map(({ specifier }) => `${path.relative(SRC, file)} imports ${specifier}`)
    )
    expect(offending).toEqual([])
  })
})
