// Does the packed package give a TypeScript store real types? Packs the plugin (or takes a
// tarball), installs it into a throw-away consumer project and compiles a small file under
// `strict` that imports `medusa-plugin-b2b-accounts/workflows` and `…/modules/organization`,
// with the module binding Medusa generates in a store (.medusa/types/modules-bindings.d.ts).
// `@ts-expect-error` lines fail the compile when a type degrades to `any`.
// Control: the same package with its .d.ts files removed (the old `declaration: false`) must
// fail. Prints a JSON report; exits 0 when every check came out as expected.
//   node scripts/check-package-types.mjs [plugin.tgz]
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { packPlugin } from "./pack-plugin.mjs"

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const PACKAGE = "medusa-plugin-b2b-accounts"

const CONSUMER = `import type { MedusaContainer } from "@medusajs/framework/types"
import OrganizationModule, { ORGANIZATION_MODULE } from "${PACKAGE}/modules/organization"
import { createOrganizationsWorkflow } from "${PACKAGE}/workflows"

type OrganizationService = InstanceType<(typeof OrganizationModule)["service"]>

export async function rolesOf(container: MedusaContainer, customerId: string): Promise<string[]> {
  const service: OrganizationService = container.resolve(ORGANIZATION_MODULE)
  const memberships = await service.listActingMemberships(customerId)
  // @ts-expect-error a customer id is a string
  await service.listActingMemberships(42)
  return memberships.map((membership) => membership.role)
}

export async function statusesOf(container: MedusaContainer, customerId: string) {
  // Through Medusa's generated binding: the key resolves to the plugin's typed service.
  const memberships = await container.resolve("organization").listActingMemberships(customerId)
  const statuses: ("active" | "pending" | "deactivated")[] = memberships.map((membership) => membership.status)
  // @ts-expect-error the service has no such method
  container.resolve("organization").noSuchMethod()
  return statuses
}

export async function createAcme(container: MedusaContainer) {
  const { result } = await createOrganizationsWorkflow(container).run({ input: { organizations: [{ name: "Acme" }] } })
  // @ts-expect-error an organization needs a name
  await createOrganizationsWorkflow(container).run({ input: { organizations: [{ vat_number: "NL000099998B57" }] } })
  return result
}
`

// What \`medusa develop\` writes into a store for a plugin's module (generateContainerTypes).
const BINDINGS = `import type Organization from '${PACKAGE}/.medusa/server/src/modules/organization'

declare module '@medusajs/framework/types' {
  interface ModuleImplementations {
    'organization': InstanceType<(typeof Organization)['service']>
  }
}
`

// Module resolution settings a store may use: Medusa's starter (Node16) and bundler. (Node10
// cannot resolve Medusa's own subpath exports such as @medusajs/framework/types.)
const MODES = {
  node16: { module: "Node16", moduleResolution: "Node16" },
  bundler: { module: "ESNext", moduleResolution: "Bundler" },
}

const require = createRequire(path.join(projectRoot, "package.json"))
const ts = require("typescript")
// Parsed files are shared between the compiles (Medusa's declarations are most of the work).
const parsed = new Map()

function compile(consumerDir, mode) {
  const started = Date.now()
  const { options, errors: configErrors } = ts.convertCompilerOptionsFromJson(
    { target: "ES2021", strict: true, noEmit: true, skipLibCheck: true, esModuleInterop: true, ...MODES[mode] },
    consumerDir
  )
  if (configErrors.length) throw new Error(ts.flattenDiagnosticMessageText(configErrors[0].messageText, "\n"))
  const host = ts.createCompilerHost(options)
  const readSourceFile = host.getSourceFile
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`
    if (!parsed.has(key)) parsed.set(key, readSourceFile(fileName, languageVersion, ...rest))
    return parsed.get(key)
  }
  const roots = [path.join(consumerDir, "src", "index.ts"), path.join(consumerDir, ".medusa", "types", "modules-bindings.d.ts")]
  const program = ts.createProgram(roots, options, host)
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(consumerDir, d.file.fileName)}(${d.file.getLineAndCharacterOfPosition(d.start).line + 1})` : ""
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`
  })
  return { mode, ok: !errors.length, seconds: (Date.now() - started) / 1000, errors }
}

/** A consumer project with the package installed from the tarball, the rest linked from ours. */
function consumerProject(tarball) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-consumer-"))
  const modules = path.join(dir, "node_modules")
  fs.mkdirSync(modules)
  for (const entry of fs.readdirSync(path.join(projectRoot, "node_modules"))) {
    if (entry === PACKAGE || entry === ".package-lock.json") continue
    fs.symlinkSync(path.join(projectRoot, "node_modules", entry), path.join(modules, entry))
  }
  const installed = path.join(modules, PACKAGE)
  fs.mkdirSync(installed)
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"])
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer-store", private: true }))
  fs.mkdirSync(path.join(dir, "src"))
  fs.writeFileSync(path.join(dir, "src", "index.ts"), CONSUMER)
  fs.mkdirSync(path.join(dir, ".medusa", "types"), { recursive: true })
  fs.writeFileSync(path.join(dir, ".medusa", "types", "modules-bindings.d.ts"), BINDINGS)
  return { dir, installed }
}

function removeDeclarations(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) removeDeclarations(full)
    else if (entry.name.endsWith(".d.ts")) fs.rmSync(full)
  }
}

const started = Date.now()
let tarball = process.argv[2]
let files
const scratch = []
if (!tarball) {
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-tgz-"))
  const packed = await packPlugin({ admin: false, destination })
  ;({ tarball, files } = packed)
  scratch.push(destination, packed.buildDir)
} else {
  files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""))
}
const packedSeconds = (Date.now() - started) / 1000
const leaked = files.filter((file) => /__tests__|\.spec\.|(^|\/)medusa-config\.|integration-tests|(^|\/)scripts\//.test(file))
const declarations = files.filter((file) => file.endsWith(".d.ts")).length

const { dir, installed } = consumerProject(tarball)
const typed = Object.keys(MODES).map((mode) => compile(dir, mode))
removeDeclarations(installed)
const untyped = compile(dir, "node16")

const report = {
  tarball,
  packed_seconds: packedSeconds,
  files: files.length,
  declarations,
  leaked,
  typed,
  without_declarations: untyped,
  total_seconds: (Date.now() - started) / 1000,
}
console.log(JSON.stringify(report, null, 2))
// (rmSync removes the node_modules symlinks, not what they point at.)
for (const made of [dir, ...scratch]) fs.rmSync(made, { recursive: true, force: true })
const ok = !leaked.length && declarations > 0 && typed.every((result) => result.ok) && !untyped.ok
process.exit(ok ? 0 : 1)
