import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  duplicateRefusal,
  findDuplicateOrganizations,
  type DuplicateOrganization,
} from "../../organization/steps/validate-unique-company-numbers"
import { accountRequestService } from "../../common/module-services"

// The duplicate rule is the organizations' (steps/validate-unique-company-numbers); its read is re-exported here.
export { findDuplicateOrganizations, type DuplicateOrganization }

/**
 * Approving a request whose VAT or registration number an organization has already would make
 * a second one for the same company: refused (409 `possible_duplicate`) unless the merchant
 * says so (`allow_duplicate`). Only an early read, for a refusal before anything is written;
 * the organization's creation checks again under the company-numbers lock (parallel approvals).
 */
export const validateRequestDuplicatesStepId = "validate-account-request-duplicates"
export const validateRequestDuplicatesStep = createStep(
  validateRequestDuplicatesStepId,
  async ({ id, allow_duplicate }: { id: string; allow_duplicate?: boolean | null }, { container }) => {
    if (allow_duplicate) return new StepResponse(null)
    const [request] = await accountRequestService(container).listOrganizationAccountRequests(
      { id },
      { select: ["id", "vat_number", "registration_number", "status"] }
    )
    // An unknown or decided request is the pending check's refusal, not this one's.
    if (!request || request.status !== "pending") return new StepResponse(null)
    const duplicates = await findDuplicateOrganizations(container, request)
    if (duplicates.length) throw duplicateRefusal(duplicates, "Approve with allow_duplicate to create another one")
    return new StepResponse(null)
  }
)

/** @deprecated the old name of validateRequestDuplicatesStep. */
export const checkRequestDuplicatesStep = validateRequestDuplicatesStep
