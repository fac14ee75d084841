// Migrated template databases on the Postgres the jest global setup provides. A migration
// costs about 10 s of a store boot, so the specs of a run copy one migrated database
// (CREATE DATABASE … TEMPLATE, a file copy) instead of migrating each their own.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"

const root = path.resolve(__dirname, "..", "..")

export function postgresClient(database = "postgres") {
  return new Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD,
    database,
  })
}

export async function onPostgres(sql: string) {
  const client = postgresClient()
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export function databaseUrlOf(name: string) {
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME!)}:${encodeURIComponent(process.env.DB_PASSWORD!)}`
  return `postgres://${credentials}@${process.env.DB_HOST}:${process.env.DB_PORT}/${name}`
}

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name)) : [])

/** `prefix` + a hash of Medusa's version and this tree's migrations and links: a change of either makes a new one. */
function templateName(prefix: string) {
  const modules = filesIn(path.join(root, "src", "modules")).flatMap((module) => filesIn(path.join(module, "migrations")))
  const links = filesIn(path.join(root, "src", "links"))
  const hash = crypto.createHash("sha1")
  hash.update(JSON.parse(fs.readFileSync(path.join(root, "node_modules", "@medusajs", "medusa", "package.json"), "utf8")).version)
  for (const file of [...modules, ...links].sort()) hash.update(file).update(fs.readFileSync(file))
  return `${prefix}_${hash.digest("hex").slice(0, 12)}`
}

/**
 * The name of the template `prefix`, built by `build(databaseUrl)` the first time. One builder at
 * a time: the specs of the other workers wait for the first one's template.
 */
export async function migratedTemplate(prefix: string, build: (databaseUrl: string) => Promise<void>) {
  const template = templateName(prefix)
  const client = postgresClient()
  await client.connect()
  try {
    await client.query("SELECT pg_advisory_lock(482131)")
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [template])
    if (!exists.rowCount) {
      const building = `${template}_building`
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
      await client.query(`CREATE DATABASE "${building}"`)
      await build(databaseUrlOf(building))
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`)
    }
    return template
  } finally {
    await client.query("SELECT pg_advisory_unlock(482131)").catch(() => undefined)
    await client.end()
  }
}

/** Runs `medusa …args` in the project root; rejects with the end of its output on a failure. */
export function runMedusa(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "medusa"), args, { cwd: root, env, stdio: "pipe" })
    let output = ""
    const keep = (chunk: Buffer) => (output = (output + chunk).slice(-8_000))
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code ?? signal}\n${output}`))
    )
  })
}
