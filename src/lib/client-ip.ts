import { BlockList, isIP } from "node:net"

/**
 * Which proxies' `X-Forwarded-For` to believe: a number of hops of the store's own (Express's
 * `trust proxy` as a number), or a matcher of the addresses / CIDR ranges of the proxies and
 * servers that may forward a visitor's address (a server-rendered storefront; `trustedAddresses`).
 */
export type ProxyTrust = number | ((address: string) => boolean)

/** A matcher of trusted addresses, built once from a list of addresses and CIDR ranges (IPv4 and IPv6). */
export function trustedAddresses(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList()
  for (const entry of entries) {
    const [address, bits] = entry.trim().split("/")
    const family = isIP(address) === 6 ? "ipv6" : "ipv4"
    if (!isIP(address)) throw new Error(`trustProxy: "${entry}" is not an IP address or CIDR range`)
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return (address) => {
    // A v4 client on a dual-stack socket reads as ::ffff:a.b.c.d: judge it as the v4 address.
    const plain = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address
    const family = isIP(plain)
    return family !== 0 && list.check(plain, family === 6 ? "ipv6" : "ipv4")
  }
}

/**
 * The address a request came from, for per-client limits. Medusa sets Express's `trust proxy`
 * to 1, so `req.ip` is the last `X-Forwarded-For` entry, which any client without a proxy in
 * front writes itself. So by default this is the socket's address. With `trust` a number n > 0
 * (plugin option `trustProxy`, a store behind n proxies of its own) it is the address the
 * outermost trusted proxy saw, counted from the right of `X-Forwarded-For` as Express counts
 * hops. With `trust` a matcher of addresses, the chain is walked from the socket while the
 * address is trusted: the first untrusted one is the client, so only the listed proxies (a
 * storefront server forwarding its visitor) can name a client; anybody else reaching Medusa
 * directly is counted by its own socket address, whatever header it sends.
 */
export function clientIp(
  request: { socket?: { remoteAddress?: string | null }; headers: Record<string, string | string[] | undefined> },
  trust: ProxyTrust
): string {
  const socketAddress = request.socket?.remoteAddress ?? "unknown"
  if (trust === 0 || (typeof trust === "number" && trust < 0)) return socketAddress
  const header = request.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(header) ? header.join(",") : header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Nearest first: the socket (the nearest proxy), then the proxies' entries right to left.
  const chain = [socketAddress, ...forwarded.reverse()]
  if (typeof trust === "number") return chain[Math.min(trust, chain.length - 1)]
  let hop = 0
  while (hop < chain.length - 1 && trust(chain[hop])) hop++
  return chain[hop]
}
