import type { AdditionalData } from "@medusajs/framework/types"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { UpdateOrganizationDTO } from "../../../modules/organization/types"
import { updateOrganizationsStep } from "../steps/update-organizations"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"
import { companyNumbersLockKey, validateUniqueCompanyNumbersStep } from "../steps/validate-unique-company-numbers"

export type UpdateOrganizationsWorkflowInput = {
  /** `allow_duplicate`: save a VAT or registration number another organization has already. */
  organizations: (UpdateOrganizationDTO & { allow_duplicate?: boolean | null })[]
} & AdditionalData

export const updateOrganizationsWorkflowId = "update-organizations"

/**
 * Edits organizations; a new VAT or registration number another organization has already is
 * refused (409 `possible_duplicate`) unless `allow_duplicate`.
 * Hook `organizationsUpdated` receives `{ organizations, additional_data }`.
 */
export const updateOrganizationsWorkflow = createWorkflow(
  updateOrganizationsWorkflowId,
  (input: UpdateOrganizationsWorkflowInput) => {
    const ids = transform({ input }, ({ input }) => input.organizations.map((o) => o.id))
    validateOrganizationsExistStep(ids)
    // A new VAT or registration number is checked for duplicates and saved under one lock.
    const lockKey = transform({ input }, ({ input }) => companyNumbersLockKey(input.organizations))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
    validateUniqueCompanyNumbersStep({ organizations: input.organizations })
    const changes = transform({ input }, ({ input }) =>
      input.organizations.map(({ allow_duplicate: _allow, ...organization }) => organization)
    )
    const organizations = updateOrganizationsStep(changes)
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    const eventData = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: OrganizationEvents.UPDATED, data: eventData })
    const organizationsUpdated = createHook("organizationsUpdated", {
      organizations,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(organizations, { hooks: [organizationsUpdated] })
  }
)
