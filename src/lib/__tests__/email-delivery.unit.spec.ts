import { Modules } from "@medusajs/framework/utils"
import { emailDeliveryOf, NO_EMAIL_PROVIDER_WARNING, NOTIFICATION_MODULE_KEY } from "../notifications"

const withProviders = (providers: unknown[], cloud?: Record<string, unknown>) => ({
  modules: { notification: { resolve: "@medusajs/medusa/notification", options: { providers, cloud } } },
})

describe("emailDeliveryOf", () => {
  it("is not configured in a plain store (only the local provider, on feed)", () => {
    expect(emailDeliveryOf(withProviders([{ id: "local", options: { channels: ["feed"] } }]))).toEqual({
      configured: false,
      providers: [],
      message: NO_EMAIL_PROVIDER_WARNING,
    })
    expect(emailDeliveryOf({ modules: {} }).configured).toBe(false)
    expect(emailDeliveryOf(undefined).configured).toBe(false)
  })

  it("names the providers serving email", () => {
    expect(
      emailDeliveryOf(withProviders([{ id: "resend", options: { channels: ["email"] } }, { id: "feed", options: { channels: ["feed"] } }]))
    ).toEqual({ configured: true, providers: ["resend"], message: null })
  })

  it("counts Medusa's cloud e-mail provider only with complete cloud options", () => {
    expect(emailDeliveryOf(withProviders([], { api_key: "k", endpoint: "https://x", environment_handle: "e" })).providers).toEqual(["cloud"])
    expect(emailDeliveryOf(withProviders([], { api_key: "k" })).configured).toBe(false)
  })
})

describe("NOTIFICATION_MODULE_KEY", () => {
  it("is the key Medusa configures its Notification module under", () => {
    expect(NOTIFICATION_MODULE_KEY).toBe(Modules.NOTIFICATION)
  })
})
