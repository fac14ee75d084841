import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { CreateOrganizationDTO } from "../../modules/organization/types"
import { createOrganizationsStep } from "./steps/create-organizations"

export type CreateOrganizationsWorkflowInput = {
  organizations: CreateOrganizationDTO[]
}

export const createOrganizationsWorkflowId = "create-organizations"

export const createOrganizationsWorkflow = createWorkflow(
  createOrganizationsWorkflowId,
  (input: CreateOrganizationsWorkflowInput) => {
    const organizations = createOrganizationsStep(input.organizations)

    const eventData = transform({ organizations }, ({ organizations }) =>
      organizations.map((organization) => ({ id: organization.id }))
    )
    emitEventStep({ eventName: OrganizationEvents.CREATED, data: eventData })

    return new WorkflowResponse(organizations)
  }
)
