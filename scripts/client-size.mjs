// The client's weight in a browser: .medusa/server/src/client bundled for the browser with
// esbuild (minified), then gzipped. Prints JSON: bytes, and every file the bundle holds, so a
// test can check that no server code came along. Run after `npm run build` (or name the
// directory of another build: `node scripts/client-size.mjs DIR`).
import { gzipSync } from "node:zlib"
import { build } from "esbuild"

const root = process.argv[2] ? `${process.argv[2].replace(/\/$/, "")}/` : new URL("../", import.meta.url).pathname
const result = await build({
  absWorkingDir: root,
  entryPoints: [".medusa/server/src/client/index.js"],
  bundle: true,
  minify: true,
  platform: "browser",
  format: "esm",
  write: false,
  metafile: true,
  // The storefront has its own SDK; the client only takes its instance.
  external: ["@medusajs/js-sdk"],
  logLevel: "silent",
})
const code = result.outputFiles[0].contents
console.log(
  JSON.stringify({
    minified: code.length,
    gzipped: gzipSync(code).length,
    // Relative to the build's root.
    inputs: Object.keys(result.metafile.inputs),
  })
)
