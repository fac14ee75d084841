// A plain store, set up from the plugin's README only: the plugin under `plugins`, nothing else
// of the plugin's own test setup. scripts/plain-store.mjs fills the environment.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

// Opt-in (PLAIN_STORE_EMAIL=local): Medusa's local provider on the `email` channel, as README's
// E-mails section shows for development. Without it the store is as plain as a new one:
// no provider serves `email`.
const emailProvider =
  process.env.PLAIN_STORE_EMAIL === "local"
    ? [
        {
          resolve: "@medusajs/medusa/notification",
          options: {
            providers: [
              { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } },
            ],
          },
        },
      ]
    : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || localOrigins,
      adminCors: process.env.ADMIN_CORS || localOrigins,
      authCors: process.env.AUTH_CORS || localOrigins,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  modules: emailProvider,
  plugins: [
    {
      resolve: "medusa-plugin-b2b-accounts",
      options: {
        storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
      },
    },
  ],
})
