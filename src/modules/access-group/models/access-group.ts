import { model } from "@medusajs/framework/utils"
import { REGISTRATION_MODES } from "../../../lib/constants"
export { REGISTRATION_MODES }

/**
 * A group of sales channels, organizations and customers (seed 001): on a sales channel that
 * belongs to a group, only organizations and customers of one of its groups may act.
 * `open` groups register companies at once; `approval` groups queue requests for the merchant.
 * Its three kinds of members are module links (src/links/access-group-*.ts) with fixed table
 * names, which the admission query (the module service's listChannelGroups) reads in one query.
 */
const AccessGroup = model
  .define("organization_access_group", {
    id: model.id({ prefix: "accgrp" }).primaryKey(),
    name: model.text().searchable(),
    registration_mode: model.enum([...REGISTRATION_MODES]).default("approval"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default AccessGroup
