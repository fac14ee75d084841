import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import { freePort } from "../../browser/helpers/store"

export type Redis = {
  url: string
  stop: () => Promise<void>
  /** Freezes the server (SIGSTOP) for `ms`: connections stay open and nothing answers, as in an outage. */
  pause: (ms: number) => Promise<void>
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.write("PING\r\n")
      socket.once("data", (data) => {
        socket.end()
        resolve(String(data).startsWith("+PONG"))
      })
    })
    socket.once("error", () => resolve(false))
  })

/**
 * A Redis of the test's own: `B2B_TEST_REDIS_URL` when set, else `redis-server` (Debian's package)
 * on a free port, keeping nothing on disk, stopped with the test.
 */
export async function startRedis(): Promise<Redis> {
  if (process.env.B2B_TEST_REDIS_URL) {
    return {
      url: process.env.B2B_TEST_REDIS_URL,
      stop: async () => undefined,
      pause: async () => {
        throw new Error("B2B_TEST_REDIS_URL: a Redis that is not the test's own cannot be paused")
      },
    }
  }
  const port = await freePort()
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"], {
    stdio: "ignore",
  })
  const killOnExit = () => {
    child.kill("SIGCONT")
    child.kill("SIGKILL")
  }
  process.once("exit", killOnExit)
  for (let attempt = 0; !(await answers(port)); attempt++) {
    if (attempt > 100 || child.exitCode !== null) throw new Error("redis-server did not start (is Debian's redis-server installed?)")
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: async (ms) => {
      child.kill("SIGSTOP")
      try {
        await new Promise((resolve) => setTimeout(resolve, ms))
      } finally {
        child.kill("SIGCONT")
      }
    },
    stop: async () => {
      process.off("exit", killOnExit)
      child.kill("SIGCONT")
      child.kill("SIGTERM")
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))
    },
  }
}
