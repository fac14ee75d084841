import type { CallOptions } from "./operations"
import type { Transport } from "./transport"

// Medusa's set-password route, where the plugin makes a link single-use: sent through the
// client so that a used link answers a B2BError with `token_used` (the SDK would drop it).

export const authOperations = (transport: Transport) => ({
  /** Sets a customer's password with the token of an e-mailed set-password link. */
  setPassword: ({ token, password }: { token: string; password: string }, options: CallOptions = {}) =>
    transport<{ success: boolean }>("/auth/customer/emailpass/update", {
      method: "POST",
      body: { password },
      headers: { ...options.headers, authorization: `Bearer ${token}` },
    }),
})
