// Adds lock entries for optional, platform-specific packages (other OS/CPU builds of swc,
// rollup, msgpackr-extract, …) that `npm install` could not resolve from a partial registry
// mirror. Without them `npm ci` refuses the lock file ("Missing: @swc/core-darwin-arm64@").
// The entries carry only name and version: npm fetches and checks them only where they
// apply, and skips optional packages that are not for this platform. Run after `npm install`.
import fs from "node:fs"

const file = new URL("../package-lock.json", import.meta.url)
const lock = JSON.parse(fs.readFileSync(file, "utf8"))
const packages = lock.packages

/** Where node would look for `name` from the package installed at `from`. */
function resolves(from, name) {
  let dir = from
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`
    if (packages[candidate]) return true
    if (!dir) return false
    const cut = dir.lastIndexOf("/node_modules/")
    dir = cut === -1 ? "" : dir.slice(0, cut)
  }
}

let added = 0
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, name)) continue
    const top = `node_modules/${name}`
    const target = packages[top] ? `${location}/node_modules/${name}` : top
    packages[target] = {
      version: range.replace(/^[\^~=]/, ""),
      optional: true,
      ...(entry.dev ? { dev: true } : {}),
    }
    added++
  }
}

fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n")
console.log(`complete-lockfile: added ${added} platform-specific optional entries`)
