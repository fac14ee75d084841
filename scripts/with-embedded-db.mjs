// Runs a command against a throw-away embedded Postgres (DATABASE_URL set), e.g.
//   node scripts/with-embedded-db.mjs npx medusa plugin:db:generate
// which needs a live database to diff the models against.
import { spawn } from "node:child_process"
import fs from "node:fs"
import { startEmbeddedPostgres, throwAwayDataDir } from "./embedded-postgres.mjs"

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error("usage: node scripts/with-embedded-db.mjs <command> [args…]")
  process.exit(2)
}

const dataDir = throwAwayDataDir("b2b-accounts-pg-")
const postgres = await startEmbeddedPostgres({ dataDir, fast: true })
await postgres.createDatabase("medusa")

const child = spawn(command, args, {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: postgres.url("medusa"),
    // `plugin:db:generate` reads these rather than DATABASE_URL.
    DB_HOST: postgres.host,
    DB_PORT: String(postgres.port),
    DB_USERNAME: postgres.user,
    DB_PASSWORD: postgres.password,
    MEDUSA_DISABLE_TELEMETRY: "true",
  },
})
const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 1)))
await postgres.stop()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(code)
