// Picks one example answer per operation for the OpenAPI document from answers the HTTP tests
// recorded (B2B_RECORD_RESPONSES=FILE npm run test:http), and writes docs/openapi-examples.json.
// Run: npx ts-node --transpile-only -O '{"module":"commonjs"}' scripts/openapi-examples.ts FILE
import fs from "node:fs"
import path from "node:path"
import { answerProblem, operationOf } from "../integration-tests/helpers/answers"

const MAX_ITEMS = 2
const MAX_CHARS = 6000

/** Lists cut to two entries, so an example stays readable. */
const trimmed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.slice(0, MAX_ITEMS).map(trimmed)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, trimmed(inner)]))
      : value

const out = path.join(__dirname, "../docs/openapi-examples.json")
const previous: Record<string, unknown> = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : {}
const best = new Map<string, { size: number; body: unknown }>()
for (const line of fs.readFileSync(process.argv[2], "utf8").trim().split("\n")) {
  const { method, url, status, body } = JSON.parse(line)
  const entry = operationOf(method, url)
  if (!entry || status !== 200 || /[?&]fields=/.test(url) || answerProblem(method, url, status, body)) continue
  const example = trimmed(body)
  const size = JSON.stringify(example).length
  const current = best.get(entry.name)
  // The fullest answer that is still short: lists with entries, relations filled in.
  if (size <= MAX_CHARS && (!current || size > current.size)) best.set(entry.name, { size, body: example })
}
const examples = { ...previous, ...Object.fromEntries([...best].map(([name, { body }]) => [name, body])) }
const sorted = Object.fromEntries(Object.keys(examples).sort().map((name) => [name, examples[name]]))
fs.writeFileSync(out, JSON.stringify(sorted, null, 2) + "\n")
console.log(`${best.size} operations with a recorded example (${Object.keys(sorted).length} in the file)`)
