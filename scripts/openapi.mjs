// Writes the plugin's OpenAPI 3.1 document to .medusa/server/openapi.json (run by `npm run
// build` after medusa plugin:build) and checks it with an OpenAPI 3.1 validator.
// `node scripts/openapi.mjs --check FILE` only checks a document.
import fs from "node:fs"
import { createRequire } from "node:module"
import { Validator } from "@seriousme/openapi-schema-validator"

const root = new URL("../", import.meta.url)
const require = createRequire(import.meta.url)

/** Problems of a document as an OpenAPI 3.1 validator sees them (empty: valid). */
export async function validate(document) {
  const validator = new Validator()
  const result = await validator.validate(document)
  if (validator.version !== "3.1") return [`expected an OpenAPI 3.1 document, found ${validator.version}`]
  return result.valid ? [] : result.errors
}

async function main() {
  const check = process.argv.indexOf("--check")
  if (check !== -1) {
    const problems = await validate(JSON.parse(fs.readFileSync(process.argv[check + 1], "utf8")))
    if (problems.length) {
      console.error(JSON.stringify(problems, null, 2))
      process.exit(1)
    }
    console.log("valid OpenAPI 3.1")
    return
  }
  const { version } = JSON.parse(fs.readFileSync(new URL("package.json", root), "utf8"))
  const { openApiDocument } = require(new URL(".medusa/server/src/api/resources/openapi.js", root).pathname)
  const examples = JSON.parse(fs.readFileSync(new URL("docs/openapi-examples.json", root), "utf8"))
  const document = openApiDocument({ version, examples })
  const problems = await validate(document)
  if (problems.length) {
    console.error(JSON.stringify(problems, null, 2))
    process.exit(1)
  }
  const out = new URL(".medusa/server/openapi.json", root)
  fs.writeFileSync(out, JSON.stringify(document, null, 2) + "\n")
  console.log(`openapi.json: ${Object.keys(document.paths).length} paths, valid OpenAPI 3.1`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
