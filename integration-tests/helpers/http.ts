import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from "axios"
import { checkAnswer } from "./answers"

type Method = "get" | "post" | "delete"

/**
 * Sends a request and returns the response whatever its status, so tests assert on
 * status and body of failures the same way as on successes. An answer of a plugin route that
 * does not match its response schema (src/api/resources/catalog.ts) fails the test;
 * B2B_RECORD_RESPONSES=FILE also appends every answer to FILE (scripts/openapi-examples.ts).
 */
export async function send(
  api: AxiosInstance,
  method: Method,
  url: string,
  { body, headers }: { body?: unknown; headers?: Record<string, string> } = {}
): Promise<AxiosResponse> {
  const config: AxiosRequestConfig = { headers, validateStatus: () => true }
  const response = await (method === "get" || method === "delete"
    ? api[method](url, config)
    : api[method](url, body ?? {}, config))
  checkAnswer(method, url, response.status, response.data)
  return response
}

/** Requests as one caller: `send` answers whatever the status, `ok` the body of a 200 (else it throws). */
export function client(api: AxiosInstance, headers: () => Record<string, string>) {
  return {
    send: (method: Method, url: string, body?: unknown) => send(api, method, url, { body, headers: headers() }),
    ok: async (method: Method, url: string, body?: unknown) => {
      const response = await send(api, method, url, { body, headers: headers() })
      if (response.status !== 200) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.data)}`)
      return response.data
    },
  }
}
