import { z } from "zod"
import { NotificationPreferences } from "../../resources/members/validators"
import { organizationProfile, listParams, withCompanyNumbers } from "../../utils/validators"

export const StoreGetMyOrganizationsParams = listParams({ limit: 20 })

/** The profile an organization admin may edit; status stays the merchant's. */
export const StoreUpdateOrganization = z
  .object({
    ...organizationProfile,
    name: organizationProfile.name.optional(),
  })
  // Explicit strict: Medusa makes only plain top-level objects strict, and this one is transformed.
  .strict()
  // The same VAT and chamber-of-commerce checks as the admin and the account-request form.
  .transform((body, ctx) => withCompanyNumbers(body, ctx))

/** A member edits only their own e-mail preferences through /me. */
export const StoreUpdateMe = z.object({
  notification_preferences: NotificationPreferences,
})

export type StoreGetMyOrganizationsParamsType = z.infer<typeof StoreGetMyOrganizationsParams>
export type StoreUpdateOrganizationType = z.infer<typeof StoreUpdateOrganization>
export type StoreUpdateMeType = z.infer<typeof StoreUpdateMe>
