import { execFileSync } from "node:child_process"
import path from "node:path"

// README's examples are copies of test bodies (integration-tests/http/storefront-kit.spec.ts and workflow-hooks.spec.ts).
describe("README's examples", () => {
  it("are exactly the blocks the HTTP tests run", () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, "../../../scripts/readme-examples.mjs"), "--check"], {
      encoding: "utf8",
    })
    expect(out).toMatch(/^13 README examples match their tests/)
  })
})
