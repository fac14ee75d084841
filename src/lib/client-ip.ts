/**
 * The address a request came from, for per-client limits. Medusa sets Express's `trust proxy`
 * to 1, so `req.ip` is the last `X-Forwarded-For` entry, which any client without a proxy in
 * front writes itself. So by default this is the socket's address; with `trustProxyHops` > 0
 * (plugin option `trustProxy`, for a store behind that many proxies of its own) it is the
 * address the outermost trusted proxy saw: counted from the right of `X-Forwarded-For`, the
 * way Express counts hops, so entries a client prepends are never used.
 */
export function clientIp(
  request: { socket?: { remoteAddress?: string | null }; headers: Record<string, string | string[] | undefined> },
  trustProxyHops: number
): string {
  const socketAddress = request.socket?.remoteAddress ?? "unknown"
  if (trustProxyHops <= 0) return socketAddress
  const header = request.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(header) ? header.join(",") : header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Nearest first: the socket (the nearest proxy), then the proxies' entries right to left.
  const chain = [socketAddress, ...forwarded.reverse()]
  return chain[Math.min(trustProxyHops, chain.length - 1)]
}
