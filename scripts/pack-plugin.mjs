// Builds the plugin the way `npm publish` would ship it and packs it with `npm pack`, from a
// temporary copy of the project: the working tree's .medusa/server (which other commands may be
// using) is left alone. Used by the package-types test and by scripts/plain-store.mjs.
//   node scripts/pack-plugin.mjs [--backend-only] [destination-dir]
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// What `npm run build` (medusa plugin:build, then the OpenAPI document) and `npm pack` read; the
// rest of the project stays out.
const SOURCES = ["package.json", "tsconfig.json", "README.md", "LICENSE", "src", "scripts/openapi.mjs", "docs/openapi-examples.json"]

/**
 * @param {{ destination?: string, admin?: boolean, log?: (line: string) => void }} options
 *   admin: false compiles only the server part (what types and the server need; seconds faster
 *   than the admin bundle), with the same compiler `medusa plugin:build` uses.
 * @returns {{ tarball: string, files: string[], buildDir: string }} files: the paths in the package.
 */
export async function packPlugin({ destination, admin = true, log = () => {} } = {}) {
  const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-pack-"))
  for (const entry of SOURCES) {
    const from = path.join(projectRoot, entry)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(buildDir, entry), { recursive: true })
  }
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(buildDir, "node_modules"), "dir")

  const started = Date.now()
  if (admin) {
    execFileSync(path.join(projectRoot, "node_modules", ".bin", "medusa"), ["plugin:build"], {
      cwd: buildDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
    })
  } else {
    await buildBackend(buildDir)
  }
  // As `npm run build`: the OpenAPI document beside the server build (validated on the way).
  execFileSync(process.execPath, [path.join(buildDir, "scripts", "openapi.mjs")], { cwd: buildDir, stdio: ["ignore", "pipe", "pipe"] })
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`)

  destination ??= buildDir
  fs.mkdirSync(destination, { recursive: true })
  const output = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], {
    cwd: buildDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  })
  const [packed] = JSON.parse(output)
  return {
    tarball: path.join(destination, packed.filename),
    files: packed.files.map((file) => file.path),
    buildDir,
  }
}

/** The server half of `medusa plugin:build` (its Compiler, the project's tsconfig). */
async function buildBackend(root) {
  const require = (await import("node:module")).createRequire(path.join(root, "package.json"))
  const { Compiler } = require("@medusajs/framework/build-tools")
  const quiet = { info() {}, warn() {}, error: (...args) => console.error(...args) }
  const compiler = new Compiler(root, quiet)
  const tsConfig = await compiler.loadTSConfigFile()
  if (!tsConfig || !(await compiler.buildPluginBackend(tsConfig))) {
    throw new Error("the plugin's server build failed (see the TypeScript errors above)")
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const admin = !args.includes("--backend-only")
  const destination = args.find((arg) => !arg.startsWith("--")) ?? process.cwd()
  const { tarball, files, buildDir } = await packPlugin({ destination, admin, log: (line) => console.error(line) })
  fs.rmSync(buildDir, { recursive: true, force: true })
  console.error(`${files.length} files`)
  console.log(tarball)
}
