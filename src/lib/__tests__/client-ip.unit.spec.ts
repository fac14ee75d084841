import { clientIp } from "../client-ip"

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
