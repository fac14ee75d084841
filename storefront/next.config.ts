import path from "node:path"
import type { NextConfig } from "next"

// In this repository the plugin is installed from the folder above (`file:..`): Turbopack and
// the output tracing must be allowed to read it. A copy of the zone that installs the plugin
// from npm can drop both roots.
const repository = path.join(__dirname, "..")

const config: NextConfig = {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  // @medusajs/ui ships untranspiled ESM with client components (as Medusa's own starters set it).
  transpilePackages: ["@medusajs/ui"],
  poweredByHeader: false,
  // Lets a second build of the same sources live beside the first (ZONE_DIST_DIR=.next-other).
  distDir: process.env.ZONE_DIST_DIR || ".next",
}

export default config
