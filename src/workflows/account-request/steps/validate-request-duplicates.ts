import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compactNumber } from "../../../lib/company-numbers"
import { ConflictError } from "../../../lib/errors"
import { REFUSAL } from "../../../lib/refusal-codes"
import { organizationService } from "../../organization/steps/organization-service"
import { accountRequestService } from "./account-request-service"

export type DuplicateOrganization = {
  id: string
  name: string
  vat_number: string | null
  registration_number: string | null
  status: string
}

/** Live organizations with the same VAT or registration number (compared as stored, normalized). */
export async function findDuplicateOrganizations(
  container: MedusaContainer,
  numbers: { vat_number?: string | null; registration_number?: string | null }
): Promise<DuplicateOrganization[]> {
  const or = [
    ...(numbers.vat_number ? [{ vat_number: compactNumber(numbers.vat_number) }] : []),
    ...(numbers.registration_number ? [{ registration_number: compactNumber(numbers.registration_number) }] : []),
  ]
  if (!or.length) return []
  // `$or` is a valid filter the generated list method's loose filter type does not name.
  const found = await organizationService(container).listOrganizations({ $or: or } as Record<string, unknown>, {
    select: ["id", "name", "vat_number", "registration_number", "status"],
    take: 20,
    order: { created_at: "ASC" },
  })
  return found.map(({ id, name, vat_number, registration_number, status }) => ({
    id,
    name,
    vat_number: vat_number ?? null,
    registration_number: registration_number ?? null,
    status,
  }))
}

/**
 * Approving a request whose VAT or registration number an organization has already would make
 * a second one for the same company: refused (409 `possible_duplicate`) unless the merchant
 * says so (`allow_duplicate`). Only a read; the decision step after it locks the request.
 */
export const validateRequestDuplicatesStep = createStep(
  "validate-account-request-duplicates",
  async ({ id, allow_duplicate }: { id: string; allow_duplicate?: boolean | null }, { container }) => {
    if (allow_duplicate) return new StepResponse(null)
    const [request] = await accountRequestService(container).listOrganizationAccountRequests(
      { id },
      { select: ["id", "vat_number", "registration_number", "status"] }
    )
    // An unknown or decided request is the pending check's refusal, not this one's.
    if (!request || request.status !== "pending") return new StepResponse(null)
    const duplicates = await findDuplicateOrganizations(container, request)
    if (duplicates.length) {
      const names = duplicates.map((d) => `${d.name} (${d.id})`).join(", ")
      throw new ConflictError(
        `An organization with the same VAT or registration number exists: ${names}. Approve with allow_duplicate to create another one`,
        REFUSAL.possible_duplicate
      )
    }
    return new StepResponse(null)
  }
)

/** @deprecated the old name of validateRequestDuplicatesStep. */
export const checkRequestDuplicatesStep = validateRequestDuplicatesStep
