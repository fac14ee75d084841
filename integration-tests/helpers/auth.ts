import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

/**
 * Creates a Medusa admin user with an emailpass identity and logs in through the real
 * `/auth/user/emailpass` route; returns headers that authenticate as that user.
 */
export async function createAdminSession(
  container: MedusaContainer,
  api: AxiosInstance,
  { email = "admin@example.com", password = "supersecret-password" } = {}
) {
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  } as any)
  if (!authIdentity) throw new Error(`could not register admin identity: ${error}`)
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })

  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { user, headers: { authorization: `Bearer ${data.token}` } }
}
