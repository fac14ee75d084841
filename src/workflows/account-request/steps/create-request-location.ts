import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export type RequestAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/**
 * The request's company address becomes the new organization's first delivery location
 * (labelled with the company name) and the contact is assigned to it. Nothing without an address.
 */
export const createRequestLocationStepId = "create-account-request-location"
export const createRequestLocationStep = createStep(
  createRequestLocationStepId,
  async (
    input: {
      organization_id: string
      membership_id: string
      company_name: string
      first_name?: string | null
      last_name?: string | null
      address?: RequestAddress | null
    },
    { container }
  ) => {
    const address = input.address
    if (!address?.address_1 || !address.city || !address.postal_code || !address.country_code) {
      return new StepResponse(null as string | null, null as { organization_id: string; membership_id: string; id: string } | null)
    }
    const service = organizationService(container)
    const location = await service.createOrganizationLocations({
      organization_id: input.organization_id,
      label: input.company_name,
      company: input.company_name,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      address_1: address.address_1,
      address_2: address.address_2 ?? null,
      city: address.city,
      province: address.province ?? null,
      postal_code: address.postal_code,
      country_code: address.country_code.toLowerCase(),
      phone: address.phone ?? null,
    } as any)
    await service.replaceMembershipLocations(input.organization_id, input.membership_id, [location.id])
    return new StepResponse(location.id as string | null, {
      organization_id: input.organization_id,
      membership_id: input.membership_id,
      id: location.id,
    })
  },
  async (created, { container }) => {
    if (!created) return
    const service = organizationService(container)
    await service.replaceMembershipLocations(created.organization_id, created.membership_id, [])
    await service.deleteOrganizationLocations(created.id)
  }
)
