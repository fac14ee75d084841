import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from "axios"

type Method = "get" | "post" | "delete"

/**
 * Sends a request and returns the response whatever its status, so tests assert on
 * status and body of failures the same way as on successes.
 */
export async function send(
  api: AxiosInstance,
  method: Method,
  url: string,
  { body, headers }: { body?: unknown; headers?: Record<string, string> } = {}
): Promise<AxiosResponse> {
  const config: AxiosRequestConfig = { headers, validateStatus: () => true }
  return method === "get" || method === "delete"
    ? api[method](url, config)
    : api[method](url, body ?? {}, config)
}
