import { model } from "@medusajs/framework/utils"

/**
 * Read access to an organization's portal (seed 003): for the whole organization, one
 * location, or (with an installation token as second secret) one installation. Only the
 * code's hash is stored; regenerating changes `regenerated_at`, which ends its sessions.
 */
const AccessCode = model
  .define("portal_access_code", {
    id: model.id({ prefix: "pcode" }).primaryKey(),
    organization_id: model.text(),
    location_id: model.text().nullable(),
    requires_installation_token: model.boolean().default(false),
    code_hash: model.text(),
    enabled: model.boolean().default(true),
    regenerated_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["code_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["organization_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default AccessCode
