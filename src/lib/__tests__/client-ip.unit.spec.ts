import { clientIp, trustedAddresses } from "../client-ip"

const request = (remoteAddress: string, forwarded?: string) => ({
  socket: { remoteAddress },
  headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded },
})

describe("client address", () => {
  it("is the socket's address unless proxies are trusted: X-Forwarded-For is the client's to write", () => {
    expect(clientIp(request("10.0.0.9", "203.0.113.7"), 0)).toBe("10.0.0.9")
    expect(clientIp(request("::ffff:127.0.0.2"), 0)).toBe("::ffff:127.0.0.2")
  })

  it("behind n trusted proxies is the n-th address from the right, so entries a client prepends never count", () => {
    // client 198.51.100.1 → proxy A (adds the client) → proxy B (adds A) → us (socket = B)
    const viaTwo = request("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.1")
    expect(clientIp(viaTwo, 1)).toBe("10.0.0.1")
    expect(clientIp(viaTwo, 2)).toBe("198.51.100.1")
    expect(clientIp(request("10.0.0.1", "1.1.1.1,198.51.100.1"), 1)).toBe("198.51.100.1")
  })

  it("falls back to the farthest address it has when there are fewer entries than hops", () => {
    expect(clientIp(request("10.0.0.1", "198.51.100.1"), 5)).toBe("198.51.100.1")
    expect(clientIp(request("10.0.0.1"), 1)).toBe("10.0.0.1")
  })
})

describe("client address behind listed proxies (a server-rendered storefront)", () => {
  const storefront = trustedAddresses(["10.0.0.5", "172.16.0.0/12", "fd00::/8"])

  it("believes X-Forwarded-For only when the socket is a listed address or in a listed range", () => {
    // The storefront server forwards its visitor's address.
    expect(clientIp(request("10.0.0.5", "198.51.100.1"), storefront)).toBe("198.51.100.1")
    expect(clientIp(request("172.20.1.1", "198.51.100.2"), storefront)).toBe("198.51.100.2")
    expect(clientIp(request("fd12::1", "2001:db8::7"), storefront)).toBe("2001:db8::7")
    // A dual-stack socket shows a v4 peer as ::ffff:a.b.c.d.
    expect(clientIp(request("::ffff:10.0.0.5", "198.51.100.3"), storefront)).toBe("198.51.100.3")
    // Anybody else reaching Medusa directly is counted by its own address, whatever it writes.
    expect(clientIp(request("203.0.113.9", "198.51.100.1"), storefront)).toBe("203.0.113.9")
    expect(clientIp(request("10.0.0.6", "198.51.100.1"), storefront)).toBe("10.0.0.6")
  })

  it("walks past trusted hops only: an entry a visitor prepends never counts", () => {
    // visitor 198.51.100.1 (who also wrote 6.6.6.6) → load balancer 172.16.0.2 → storefront 10.0.0.5 → Medusa
    expect(clientIp(request("10.0.0.5", "6.6.6.6, 198.51.100.1, 172.16.0.2"), storefront)).toBe("198.51.100.1")
    // Only trusted addresses in the chain: the farthest one.
    expect(clientIp(request("10.0.0.5", "172.16.0.2"), storefront)).toBe("172.16.0.2")
    expect(clientIp(request("10.0.0.5"), storefront)).toBe("10.0.0.5")
  })

  it("refuses an entry that is no address or range", () => {
    expect(() => trustedAddresses(["storefront.internal"])).toThrow(/not an IP address or CIDR range/)
  })
})
