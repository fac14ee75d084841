import { execFile } from "node:child_process"
import path from "node:path"

// Issue 16, item 10: the packed package ships declarations a `strict` store compiles against.
// The script builds the server part with Medusa's own plugin compiler in a temporary copy,
// `npm pack`s it, installs the tarball into a consumer project and compiles a file that
// imports `…/workflows` and `…/modules/organization` (plus Medusa's generated module binding),
// where `@ts-expect-error` lines fail as soon as a type is `any`. The same package without
// its .d.ts files (what `declaration: false` shipped) must fail. Measured 35 s on the 2-core
// machine with other work running (the server build is most of it; the compiles share parsed files).
jest.setTimeout(240_000)

type Compile = { mode: string; ok: boolean; errors: string[] }
type Report = {
  files: number
  declarations: number
  leaked: string[]
  typed: Compile[]
  without_declarations: Compile
}

const script = path.join(__dirname, "..", "..", "scripts", "check-package-types.mjs")

function runCheck(): Promise<{ code: number; report: Report; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0
      resolve({ code, report: JSON.parse(stdout || "null"), stderr })
    })
  })
}

describe("the packed package's types", () => {
  let result: Awaited<ReturnType<typeof runCheck>>
  beforeAll(async () => {
    result = await runCheck()
  })

  it("ships declarations and no test files or store config", () => {
    expect(result.report).not.toBeNull()
    expect(result.report.leaked).toEqual([])
    expect(result.report.declarations).toBeGreaterThan(100)
  })

  it("a strict consumer compiles against …/workflows and …/modules/organization, services typed", () => {
    expect(result.report.typed).toEqual([
      { mode: "node16", ok: true, errors: [], seconds: expect.any(Number) },
      { mode: "bundler", ok: true, errors: [], seconds: expect.any(Number) },
    ])
    expect(result.code).toBe(0)
  })

  it("without the declarations (the old `declaration: false`) the same consumer fails", () => {
    const { ok, errors } = result.report.without_declarations
    expect(ok).toBe(false)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/TS7016 .*'medusa-plugin-b2b-accounts\/workflows'/),
        expect.stringMatching(/TS7016 .*'medusa-plugin-b2b-accounts\/modules\/organization'/),
        expect.stringMatching(/TS2578 Unused '@ts-expect-error'/),
      ])
    )
  })
})
