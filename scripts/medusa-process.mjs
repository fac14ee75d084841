// Starting and stopping Medusa CLI processes for the demo and the benchmarks.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const medusaBin = path.join(projectRoot, "node_modules", ".bin", "medusa")

/**
 * Runs `medusa <args>` in its own process group, so a signal reaches all of its
 * descendants (`medusa develop` forks a server and esbuild).
 */
export function spawnMedusa(args, env, stdio = "inherit") {
  return spawn(medusaBin, args, { cwd: projectRoot, env, stdio, detached: true })
}

/** Resolves with the exit code; rejects on a non-zero exit when `check` is set. */
export function exitOf(child, { check = true, what = "medusa" } = {}) {
  return new Promise((resolve, reject) => {
    child.on("exit", (code, signal) => {
      if (!check || code === 0) resolve(code)
      else reject(new Error(`${what} exited with ${code ?? signal}`))
    })
  })
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** SIGINT (the only signal `medusa develop` handles cleanly), then SIGKILL for stragglers. */
export async function stopGroup(child, graceMs = 15_000) {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, "SIGINT")
    const exited = new Promise((resolve) => child.once("exit", resolve))
    const timeout = new Promise((resolve) => setTimeout(resolve, graceMs, "timeout"))
    await Promise.race([exited, timeout])
  }
  signalGroup(child, "SIGKILL")
}

/** Polls until every URL answers 2xx. */
export async function waitForUrls(urls, { attempts = 300, isCancelled = () => false } = {}) {
  for (let attempt = 0; attempt < attempts && !isCancelled(); attempt++) {
    try {
      const responses = await Promise.all(urls.map((url) => fetch(url)))
      if (responses.every((r) => r.ok)) return true
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return false
}
