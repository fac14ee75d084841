import { z } from "zod"
import { ACCOUNT_REQUEST_STATUSES } from "../../../lib/constants"
import { copyableLink, emailOutcome, metadata, pageOf, timestamp } from "../common"
import { duplicateOrganization, organizationWithLocations } from "../organizations/schemas"

const status = z.enum(ACCOUNT_REQUEST_STATUSES)

/** A company's request for a business account, as the merchant reviews it. */
export const accountRequest = z.strictObject({
  id: z.string(),
  status,
  company_name: z.string(),
  vat_number: z.string().nullable(),
  registration_number: z.string().nullable(),
  country_code: z.string().nullable(),
  /** The company's postal address as the request form sent it. */
  address: z.record(z.string(), z.string().nullable()).nullable(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  sales_channel_id: z.string().nullable(),
  reason: z.string().nullable(),
  decided_by: z.string().nullable(),
  decided_at: timestamp.nullable(),
  organization_id: z.string().nullable(),
  customer_id: z.string().nullable(),
  activation_expires_at: timestamp.nullable(),
  activated_at: timestamp.nullable(),
  metadata,
  created_at: timestamp,
  updated_at: timestamp,
})

export const accountRequestResponse = z.strictObject({ account_request: accountRequest })
export const accountRequestListResponse = pageOf("account_requests", accountRequest)
/** The detail adds organizations that share the request's VAT or registration number. */
export const accountRequestDetailResponse = z.strictObject({
  account_request: accountRequest.extend({ possible_duplicates: z.array(duplicateOrganization) }),
})
/** Approved: the organization made for it (with its first location) and the activation e-mail. */
export const accountRequestApproveResponse = z.strictObject({
  account_request: accountRequest,
  organization: organizationWithLocations,
  email: emailOutcome.optional(),
})
export const accountRequestActivationLinkResponse = z.strictObject({ account_request: accountRequest, ...copyableLink })

/** `POST /store/account-requests`: what the requester may know (nothing about existing accounts). */
export const accountRequestReceivedResponse = z.strictObject({
  account_request: z.strictObject({
    id: z.string(),
    status,
    company_name: z.string(),
    email: z.string(),
    created_at: timestamp,
  }),
})
