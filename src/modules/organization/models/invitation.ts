import { model } from "@medusajs/framework/utils"
import { ROLES } from "../../../lib/permissions"
import Organization from "./organization"

/** An e-mailed invitation to join an organization; the link's token is stored as a hash. */
const Invitation = model
  .define("organization_invitation", {
    id: model.id({ prefix: "orginv" }).primaryKey(),
    organization: model.belongsTo(() => Organization, { mappedBy: "invitations" }),
    // Lower-cased; the accepting customer's e-mail must match it.
    email: model.text().searchable(),
    role: model.enum([...ROLES]),
    grants: model.json().default([] as any),
    revokes: model.json().default([] as any),
    location_ids: model.json().default([] as any),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    // The membership or admin user that sent it.
    invited_by: model.text().nullable(),
    membership_id: model.text().nullable(),
  })
  .indexes([
    { on: ["token_hash"], unique: true },
    {
      // One open invitation per e-mail and organization.
      on: ["organization_id", "email"],
      unique: true,
      where: "accepted_at IS NULL AND revoked_at IS NULL AND deleted_at IS NULL",
    },
    { on: ["organization_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default Invitation
