import fs from "node:fs"

export default async function globalTeardown() {
  const embedded = globalThis.__B2B_EMBEDDED_POSTGRES__
  if (!embedded) return
  await embedded.postgres.stop()
  fs.rmSync(embedded.dataDir, { recursive: true, force: true })
}
