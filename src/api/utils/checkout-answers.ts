import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Checkout answers still being sent by this process. Medusa releases `order.placed` when the
 * completion's workflow ends, while its route still reads the order it answers with; the
 * plugin's bookkeeping of the order (a workflow of its own) would compete with that read on
 * the same event loop, so it starts once the answers in flight are sent. Process-local: a
 * worker process that runs only subscribers has none and never waits.
 */
let answering = 0
let waiting: (() => void)[] = []

/** Middleware of the completion route: counts its answer in flight until the response ends. */
export function countCheckoutAnswer(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  answering++
  let counted = true
  const done = () => {
    if (!counted) return
    counted = false
    answering--
    if (answering === 0) for (const resolve of waiting.splice(0)) resolve()
  }
  res.once("finish", done)
  res.once("close", done)
  next()
}

/**
 * Resolves when no checkout answer of this process is in flight, or after `maxWaitMs` at
 * most (under a steady stream of checkouts the bookkeeping still runs).
 */
export function afterCheckoutAnswers(maxWaitMs = 1000): Promise<void> {
  if (answering === 0) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting = waiting.filter((waiter) => waiter !== release)
      resolve()
    }, maxWaitMs)
    const release = () => {
      clearTimeout(timer)
      resolve()
    }
    waiting.push(release)
  })
}
