import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { migratedTemplate, onPostgres, runMedusa } from "./template-database"

// Read by medusa-config.ts when test-utils loads it, before the runner's own `env` is applied.
process.env.B2B_TEST_SCRYPT_LOG_N ??= "10"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * test-utils' runner for the HTTP specs, on a database copied from one migrated the way
 * test-utils migrates (module migrations and every link, no migration scripts), so its own
 * migration pass is skipped. Everything else is test-utils' (a fresh copy of the
 * database after the suite's beforeAll for every test). Passwords are hashed by Medusa's
 * emailpass provider at a lower scrypt cost (medusa-config.ts): the specs test who may log in,
 * not how slowly.
 */
export function httpTestRunner(options: Omit<RunnerOptions, "hooks" | "inApp">) {
  return medusaIntegrationTestRunner({
    ...options,
    inApp: true,
    hooks: {
      beforeServerStart: async (container) => {
        const { databaseUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
        const database = decodeURIComponent(new URL(databaseUrl!).pathname.slice(1))
        const template = await migratedTemplate("b2b_http_template", (url) =>
          runMedusa(["db:migrate", "--skip-scripts", "--execute-all-links"], { ...process.env, DATABASE_URL: url })
        )
        await onPostgres(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)
        // The copy is migrated: the runner's own pass over every module's migrations (about 5 s a
        // file) would find nothing to do. Its link sync still runs (it also loads the links the
        // app reads; a no-op plan there loses the membership → customer link). The template's
        // name follows Medusa's version and this tree's migrations and links: never stale.
        const { MedusaAppLoader } = await import("@medusajs/framework")
        MedusaAppLoader.prototype.runModulesMigrations = async () => undefined
      },
    },
  })
}
