import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import http from "node:http"

/** A fresh window for every rate limit (the counters live in Postgres). */
export async function resetAttemptLimits(container: MedusaContainer) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("delete from b2b_attempt_counter")
}

/**
 * Requests from another client: the whole 127.0.0.0/8 is loopback, so binding the socket to
 * e.g. 127.0.0.2 gives the server a different peer address. Answers whatever the status.
 */
export function clientAt(api: AxiosInstance, address: string) {
  const { port } = new URL(api.defaults.baseURL!)
  const httpAgent = new http.Agent({ localAddress: address })
  return (
    method: "get" | "post",
    url: string,
    { body, headers }: { body?: unknown; headers?: Record<string, string> } = {}
  ): Promise<AxiosResponse> =>
    api.request({
      method,
      url: `http://127.0.0.1:${port}${url}`,
      data: body,
      headers,
      httpAgent,
      validateStatus: () => true,
    })
}

/** How many answers had each status, e.g. `{ 401: 5, 429: 25 }`. */
export const statusCounts = (responses: AxiosResponse[]) =>
  responses.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {})
