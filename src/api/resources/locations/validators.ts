// Delivery location requests, shared by the admin and store location routes.
import { z } from "zod"
import { listParams, metadata, optionalText, postalAddress, requiredText, searchQuery } from "../../utils/validators"

const locationAddress = {
  label: requiredText(),
  first_name: optionalText(),
  last_name: optionalText(),
  company: optionalText(),
  ...postalAddress,
  metadata: metadata.nullish(),
}

export const CreateLocation = z.object(locationAddress)
export const UpdateLocation = z.object(
  Object.fromEntries(Object.entries(locationAddress).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof locationAddress]: z.ZodOptional<(typeof locationAddress)[K]>
  }
)

export const GetLocationsParams = listParams({ limit: 50 }).extend({
  q: searchQuery.optional(),
})

export type CreateLocationType = z.infer<typeof CreateLocation>
export type UpdateLocationType = z.infer<typeof UpdateLocation>
export type GetLocationsParamsType = z.infer<typeof GetLocationsParams>

