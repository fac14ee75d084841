import { EventEmitter } from "node:events"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { afterCheckoutAnswers, countCheckoutAnswer } from "../checkout-answers"

/** A response as the middleware sees it: something that emits finish and close. */
function answer() {
  const res = new EventEmitter()
  let nexted = false
  countCheckoutAnswer({} as MedusaRequest, res as unknown as MedusaResponse, (() => (nexted = true)) as MedusaNextFunction)
  expect(nexted).toBe(true)
  return res
}

const settled = async (promise: Promise<void>) => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe("afterCheckoutAnswers", () => {
  it("goes at once when no checkout answer is in flight", async () => {
    expect(await settled(afterCheckoutAnswers())).toBe(true)
  })

  it("waits until every answer in flight has ended, finished or aborted", async () => {
    const first = answer()
    const second = answer()
    const waiting = afterCheckoutAnswers(10_000)
    expect(await settled(waiting)).toBe(false)
    first.emit("finish")
    first.emit("close") // a finished response also closes: counted once
    expect(await settled(waiting)).toBe(false)
    second.emit("close") // the client went away
    expect(await settled(waiting)).toBe(true)
    expect(await settled(afterCheckoutAnswers())).toBe(true)
  })

  it("waits at most maxWaitMs under a steady stream of checkouts", async () => {
    const res = answer()
    const at = Date.now()
    await afterCheckoutAnswers(30)
    expect(Date.now() - at).toBeGreaterThanOrEqual(25)
    res.emit("finish")
  })
})
