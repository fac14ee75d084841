import fs from "node:fs"
import path from "node:path"

// docs/ARCHITECTURE.md's rule → file index is what a newcomer follows: every path it names must
// exist, and every file name it names must be a file of the tree. (Its layer rules are checked
// where they apply: src/lib's purity, the workflows' layout.)

const root = path.join(__dirname, "..", "..")
const doc = fs.readFileSync(path.join(root, "docs", "ARCHITECTURE.md"), "utf8")
const quoted = [...doc.matchAll(/`([^`\n]+)`/g)].map((match) => match[1].trim())

/** `a/{b,c}.ts` → `a/b.ts`, `a/c.ts`. */
const expand = (pattern: string): string[] => {
  const brace = pattern.match(/\{([^}]+)\}/)
  if (!brace) return [pattern]
  return brace[1].split(",").flatMap((part) => expand(pattern.replace(brace[0], part.trim())))
}

const paths = [
  ...new Set(
    quoted
      .map((text) => text.split(/\s/)[0].replace(/[(:].*$/, ""))
      .filter((text) => /^(src|integration-tests|scripts|docs|bench|storefront)\//.test(text) && !text.includes("<"))
      .flatMap(expand)
  ),
]

/** Whether a path exists; a `*` stands for any name within one folder. */
function exists(named: string, dir = root): boolean {
  const [first, ...rest] = named.split("/")
  if (!first.includes("*")) {
    const full = path.join(dir, first)
    return rest.length ? fs.existsSync(full) && exists(rest.join("/"), full) : fs.existsSync(full)
  }
  const pattern = new RegExp(`^${first.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`)
  const matches = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => pattern.test(name)) : []
  return matches.some((name) => (rest.length ? exists(rest.join("/"), path.join(dir, name)) : true))
}

function filesNamed(dir: string, names: Set<string>, found = new Set<string>()) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) filesNamed(full, names, found)
    else if (names.has(entry.name)) found.add(entry.name)
  }
  return found
}

describe("docs/ARCHITECTURE.md", () => {
  it("names paths (more than 80 of them)", () => {
    expect(paths.length).toBeGreaterThan(80)
  })

  it.each(paths)("names %s, which exists", (named) => {
    expect(exists(named)).toBe(true)
  })

  it("names only file names that are files of the tree", () => {
    const names = new Set(quoted.filter((text) => /^[\w.-]+\.(ts|tsx|mjs|js)$/.test(text)))
    const found = filesNamed(path.join(root, "src"), names, filesNamed(path.join(root, "integration-tests"), names))
    expect([...names].filter((name) => !found.has(name))).toEqual([])
  })
})
