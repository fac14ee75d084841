// The customer zone (storefront/) for the demo and its browser tests: installed and built when
// missing or older than its sources, then served by `next start` in its own process group.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { projectRoot } from "./medusa-process.mjs"

export const zoneDir = path.join(projectRoot, "storefront")

const newestMtime = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name)
    return Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }, 0)

function run(command, args, what, log) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: zoneDir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
  if (result.status !== 0) throw new Error(`${what} failed:\n${(result.stdout + result.stderr).slice(-6000)}`)
  log(`${what} took ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * `npm ci` when the zone has no node_modules; `next build` when there is no build newer than
 * the zone's sources and the plugin's built client (which the zone imports). ZONE_DIST_DIR
 * picks another build folder (a second build beside the first).
 */
export function ensureZoneBuilt({ log = () => {} } = {}) {
  if (!fs.existsSync(path.join(zoneDir, "node_modules", "next"))) run("npm", ["ci", "--no-audit", "--no-fund"], "npm ci (storefront)", log)
  const client = path.join(projectRoot, ".medusa", "server", "src", "client", "index.js")
  if (!fs.existsSync(client)) throw new Error("The plugin is not built: run `npm run build` first (the zone imports its client)")
  const buildId = path.join(zoneDir, process.env.ZONE_DIST_DIR || ".next", "BUILD_ID")
  const sources = Math.max(newestMtime(path.join(zoneDir, "src")), fs.statSync(client).mtimeMs)
  if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < sources) run("npx", ["next", "build"], "next build (storefront)", log)
}

/**
 * `next start` on `port` against the store at `backendUrl`, with the storefront's publishable
 * key. Returns the child (its own process group: stop it with stopGroup).
 */
export function spawnZone({ port, backendUrl, publishableKey, regionId, env = {}, stdio = "pipe" }) {
  return spawn(process.execPath, [path.join(zoneDir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: zoneDir,
    detached: true,
    stdio: stdio === "pipe" ? ["ignore", "pipe", "pipe"] : stdio,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      ...(regionId ? { MEDUSA_REGION_ID: regionId } : {}),
      ...env,
    },
  })
}
