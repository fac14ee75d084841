// Medusa's own batch path for customers, timed in-process for scripts/bench.mjs: BENCH_RUNS runs of
// one createCustomersWorkflow with BENCH_CUSTOMERS (default 1,000) new customers each. Only the
// workflow run is timed (not the app boot of `medusa exec`). Writes the durations (ms) to
// BENCH_OUTPUT.
import type { ExecArgs } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import fs from "node:fs"

export default async function timeCreateCustomers({ container }: ExecArgs) {
  const runs = Number(process.env.BENCH_RUNS || 3)
  const size = Number(process.env.BENCH_CUSTOMERS || 1000)
  const tag = Date.now().toString(36)
  const durations: number[] = []
  // One small run first: the workflow's first run pays for loading and planning.
  await createCustomersWorkflow(container).run({
    input: { customersData: [{ email: `warmup-${tag}@bench.test`, first_name: "Warm", last_name: "Up" }] },
  })
  for (let run = 0; run < runs; run++) {
    const customersData = Array.from({ length: size }, (_, i) => ({
      email: `workflow-${tag}-${run}-${i}@bench.test`,
      first_name: "Workflow",
      last_name: `${run}-${i}`,
    }))
    const t0 = performance.now()
    await createCustomersWorkflow(container).run({ input: { customersData } })
    durations.push(performance.now() - t0)
  }
  fs.writeFileSync(process.env.BENCH_OUTPUT!, JSON.stringify({ durations }))
}
