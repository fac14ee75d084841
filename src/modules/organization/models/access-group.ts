import { model } from "@medusajs/framework/utils"
import Organization from "./organization"
import { REGISTRATION_MODES } from "../../../lib/constants"
export { REGISTRATION_MODES }

/**
 * A group of sales channels, organizations and customers (seed 001): on a sales channel that
 * belongs to a group, only organizations and customers of one of its groups may act.
 * `open` groups register companies at once; `approval` groups queue requests for the merchant.
 * Sales channels and customers are module links (src/links); organizations live in this module.
 */
const AccessGroup = model
  .define("organization_access_group", {
    id: model.id({ prefix: "accgrp" }).primaryKey(),
    name: model.text().searchable(),
    registration_mode: model.enum([...REGISTRATION_MODES]).default("approval"),
    metadata: model.json().nullable(),
    organizations: model.manyToMany(() => Organization, {
      mappedBy: "access_groups",
      pivotTable: "organization_access_group_organization",
    }),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default AccessGroup
