// The store that tests and `npm run demo` boot: a plain Medusa app whose own code is this
// plugin's src/. Merchants do not use this file; they add the plugin to their own config.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const pluginOptions = {
  storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
  invitationTtlSeconds: process.env.B2B_INVITATION_TTL_SECONDS ? Number(process.env.B2B_INVITATION_TTL_SECONDS) : undefined,
  portalSessionTtlSeconds: process.env.B2B_PORTAL_SESSION_TTL_SECONDS
    ? Number(process.env.B2B_PORTAL_SESSION_TTL_SECONDS)
    : undefined,
  // Comma-separated addresses / CIDR ranges whose X-Forwarded-For to believe (a server-rendered storefront).
  trustProxy: process.env.B2B_TRUST_PROXY ? process.env.B2B_TRUST_PROXY.split(",") : undefined,
  // The demo and the customer zone's tests: customers' reset-password e-mails with the zone's link.
  passwordResetEmails: process.env.B2B_PASSWORD_RESET_EMAILS === "true",
}

// B2B_REDIS_URL (the cluster test, integration-tests/cluster): Medusa's production modules on one
// Redis, as README "Production" describes, and MEDUSA_WORKER_MODE ("server" or "worker") per process.
const redisUrl = process.env.B2B_REDIS_URL
const productionModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    ...(redisUrl ? { redisUrl, workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "server" | "worker") ?? "shared" } : {}),
    http: {
      storeCors: process.env.STORE_CORS || localOrigins,
      adminCors: process.env.ADMIN_CORS || localOrigins,
      authCors: process.env.AUTH_CORS || localOrigins,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    ...productionModules,
    // The plugin's options (README "Options"); installed as a plugin they come from `plugins`,
    // and Medusa hands them to each of its modules.
    { resolve: "./src/modules/organization", options: pluginOptions },
    { resolve: "./src/modules/account-request", options: pluginOptions },
    { resolve: "./src/modules/access-group" },
    { resolve: "./src/modules/approval" },
    { resolve: "./src/modules/entitlement" },
    { resolve: "./src/modules/portal-access" },
    // B2B_TEST_SCRYPT_LOG_N (the HTTP specs, integration-tests/helpers/runner.ts): Medusa's own emailpass
    // provider with a cheaper scrypt cost (2^N; Medusa's default is 2^15, about 0.15 s of CPU per
    // register or login). Every spec registers and logs in dozens of customers.
    ...(process.env.B2B_TEST_SCRYPT_LOG_N
      ? [
          {
            resolve: "@medusajs/medusa/auth",
            options: {
              providers: [
                {
                  resolve: "@medusajs/medusa/auth-emailpass",
                  id: "emailpass",
                  options: { hashConfig: { logN: Number(process.env.B2B_TEST_SCRYPT_LOG_N), r: 8, p: 1 } },
                },
              ],
            },
          },
        ]
      : []),
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          // B2B_TEST_EMAIL_PROVIDER=none: a store without e-mail delivery, as a plain Medusa store is.
          ...(process.env.B2B_TEST_EMAIL_PROVIDER === "none"
            ? []
            : [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }]),
          // The dashboard's notification bell reads channel `feed` (a plain store's default provider).
          { resolve: "@medusajs/medusa/notification-local", id: "local-feed", options: { channels: ["feed"] } },
        ],
      },
    },
  ],
})
