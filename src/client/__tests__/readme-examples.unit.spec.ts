import { execFileSync } from "node:child_process"
import path from "node:path"

// README's storefront examples are copies of test bodies (integration-tests/http/storefront-kit.spec.ts).
describe("README's storefront examples", () => {
  it("are exactly the blocks the kit's HTTP tests run", () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, "../../../scripts/readme-examples.mjs"), "--check"], {
      encoding: "utf8",
    })
    expect(out).toMatch(/^12 README examples match their tests/)
  })
})
