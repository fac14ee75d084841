import fs from "node:fs"
import path from "node:path"
import { ERROR_CODES, ERROR_STATUS, isRefusalCode, REFUSAL, REFUSAL_CODES, REFUSAL_STATUS } from "../refusal-codes"

// README's "Refusal codes" table, the constants and the HTTP tests name the same codes:
// a code added in one place and not the others fails here.

const root = path.resolve(__dirname, "../../..")

/** The rows of README's table: code and the first status it names. */
function readmeCodes() {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8")
  const section = readme.split(/^## Refusal codes$/m)[1]?.split(/^## /m)[0]
  if (!section) throw new Error('README has no "## Refusal codes" section')
  return [...section.matchAll(/^\| `([a-z_]+)` \| (\d{3})/gm)].map(([, code, status]) => ({ code, status: Number(status) }))
}

/** Every HTTP spec file's text. */
const specs = () => {
  const dir = path.join(root, "integration-tests/http")
  return fs.readdirSync(dir).filter((f) => f.endsWith(".spec.ts")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
}

describe("refusal codes", () => {
  const documented = readmeCodes()

  it("README's table lists exactly the codes of lib/refusal-codes.ts (refusals and the generic ones), with their status", () => {
    expect(documented.length).toBeGreaterThan(20)
    expect(documented.map((row) => row.code).sort()).toEqual([...ERROR_CODES].sort())
    for (const { code, status } of documented) {
      expect({ code, status: ERROR_STATUS[code as keyof typeof ERROR_STATUS] }).toEqual({ code, status })
    }
  })

  it("every documented code is asserted by some HTTP test", () => {
    const texts = specs()
    const untested = documented.map((row) => row.code).filter((code) => !texts.some((text) => text.includes(`"${code}"`)))
    expect(untested).toEqual([])
  })

  it("names each code once; isRefusalCode knows only them", () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length)
    for (const code of REFUSAL_CODES) expect(REFUSAL[code]).toBe(code)
    expect(isRefusalCode("last_admin")).toBe(true)
    expect(isRefusalCode("toString")).toBe(false)
    expect(isRefusalCode("invalid_state_error")).toBe(false)
  })
})
