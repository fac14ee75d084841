// README's examples are the bodies of tests: the blocks between `// README: name` and
// `// README: end` in the specs below (the storefront kit's, and the merchant's hook handler).
// This writes each into README after its `<!-- example: name -->` marker; `--check` only
// reports a difference.
import fs from "node:fs"

const root = new URL("../", import.meta.url)
const SPECS = ["integration-tests/http/storefront-kit.spec.ts", "integration-tests/http/workflow-hooks.spec.ts"]
const spec = SPECS.map((file) => fs.readFileSync(new URL(file, root), "utf8")).join("\n")
const readmeUrl = new URL("README.md", root)
const readme = fs.readFileSync(readmeUrl, "utf8")

/** name → the block's code, de-indented. */
export function examplesOf(source) {
  const examples = new Map()
  for (const [, name, body] of source.matchAll(/^[ \t]*\/\/ README: ([\w-]+)\n([\s\S]*?)^[ \t]*\/\/ README: end$/gm)) {
    const lines = body.replace(/\n$/, "").split("\n")
    const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length))
    examples.set(name, lines.map((line) => line.slice(indent)).join("\n"))
  }
  return examples
}

const examples = examplesOf(spec)
let written = readme
const missing = []
for (const [name, code] of examples) {
  const marker = `<!-- example: ${name} -->`
  const at = written.indexOf(marker)
  if (at === -1) {
    missing.push(name)
    continue
  }
  const start = at + marker.length
  const fence = written.slice(start).match(/^\n```ts\n[\s\S]*?\n```/)
  const block = `\n\`\`\`ts\n${code}\n\`\`\``
  written = written.slice(0, start) + block + written.slice(start + (fence ? fence[0].length : 0))
}
const orphans = [...readme.matchAll(/<!-- example: ([\w-]+) -->/g)].map((m) => m[1]).filter((name) => !examples.has(name))
if (process.argv.includes("--check")) {
  const problems = [
    ...missing.map((name) => `README has no <!-- example: ${name} --> for the test's block`),
    ...orphans.map((name) => `README's example ${name} is no test's block`),
    ...(written !== readme ? ["README's examples differ from the tests' blocks: run node scripts/readme-examples.mjs"] : []),
  ]
  if (problems.length) {
    console.error(problems.join("\n"))
    process.exit(1)
  }
  console.log(`${examples.size} README examples match their tests`)
} else {
  fs.writeFileSync(readmeUrl, written)
  console.log(`${examples.size} examples written${missing.length ? `; no marker for: ${missing.join(", ")}` : ""}`)
}
