import { z } from "zod"
import { REGISTRATION_MODES } from "../../../lib/constants"
import { metadata, requiredText, listParams, searchQuery } from "../../utils/validators"

export const AdminGetAccessGroupsParams = listParams({ limit: 20 }).extend({
  q: searchQuery.optional(),
  registration_mode: z.enum(REGISTRATION_MODES).optional(),
})

export const AdminCreateAccessGroup = z.object({
  name: requiredText(),
  registration_mode: z.enum(REGISTRATION_MODES).default("approval"),
  metadata: metadata.nullish(),
})

export const AdminUpdateAccessGroup = z.object({
  name: requiredText().optional(),
  registration_mode: z.enum(REGISTRATION_MODES).optional(),
  metadata: metadata.nullish(),
})

const ids = z.array(z.string().trim().min(1).max(64)).max(500).default([])

/** `{ add: [], remove: [] }`: ids of sales channels, organizations or customers. */
export const AdminChangeAccessGroupMembers = z
  .object({ add: ids, remove: ids })
  .refine((body) => !body.add.some((id) => body.remove.includes(id)), {
    message: "Field 'remove' repeats an id of 'add'",
    path: ["remove"],
  })

export const AdminGetAccessGroupMembersParams = listParams({ limit: 50 })

export type AdminCreateAccessGroupType = z.infer<typeof AdminCreateAccessGroup>
export type AdminUpdateAccessGroupType = z.infer<typeof AdminUpdateAccessGroup>
export type AdminChangeAccessGroupMembersType = z.infer<typeof AdminChangeAccessGroupMembers>
