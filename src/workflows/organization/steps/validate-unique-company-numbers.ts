import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { compactNumber } from "../../../lib/company-numbers"
import { ConflictError } from "../../../lib/errors"
import { REFUSAL } from "../../../lib/refusal-codes"
import { organizationService } from "../../common/module-services"

export type DuplicateOrganization = {
  id: string
  name: string
  vat_number: string | null
  registration_number: string | null
  status: string
}

type CompanyNumbers = { vat_number?: string | null; registration_number?: string | null }

/**
 * The one lock every create and edit of an organization's VAT or registration number takes
 * around its duplicate check and its write (Medusa's locking module; with several server
 * instances configure a shared locking provider, e.g. Redis). One key for all: numbers change
 * rarely, and two keys taken one by one could be half taken.
 */
export const COMPANY_NUMBERS_LOCK = "b2b-accounts:company-numbers"

/** Live organizations with the same VAT or registration number (compared as stored, normalized). */
export async function findDuplicateOrganizations(
  container: MedusaContainer,
  numbers: CompanyNumbers,
  { exceptId }: { exceptId?: string } = {}
): Promise<DuplicateOrganization[]> {
  const or = [
    ...(numbers.vat_number ? [{ vat_number: compactNumber(numbers.vat_number) }] : []),
    ...(numbers.registration_number ? [{ registration_number: compactNumber(numbers.registration_number) }] : []),
  ]
  if (!or.length) return []
  // `$or` is a valid filter the generated list method's loose filter type does not name.
  const found = await organizationService(container).listOrganizations({ $or: or } as Record<string, unknown>, {
    select: ["id", "name", "vat_number", "registration_number", "status"],
    take: 21,
    order: { created_at: "ASC" },
  })
  return found
    .filter((organization) => organization.id !== exceptId)
    .slice(0, 20)
    .map(({ id, name, vat_number, registration_number, status }) => ({
      id,
      name,
      vat_number: vat_number ?? null,
      registration_number: registration_number ?? null,
      status,
    }))
}

/** 409 `possible_duplicate` naming the organizations that have these numbers already. */
export function duplicateRefusal(duplicates: DuplicateOrganization[], hint: string) {
  const names = duplicates.map((d) => `${d.name} (${d.id})`).join(", ")
  return new ConflictError(
    `An organization with the same VAT or registration number exists: ${names}. ${hint}`,
    REFUSAL.possible_duplicate
  )
}

export type UniqueCompanyNumbersInput = {
  /** `id`: an edit (its own numbers are no duplicate, nor a number it keeps). */
  organizations: (CompanyNumbers & { id?: string; allow_duplicate?: boolean | null })[]
}

/**
 * A new or changed VAT or registration number another organization has already is refused
 * (409 `possible_duplicate`) unless the merchant says so (`allow_duplicate`). The workflow
 * holds COMPANY_NUMBERS_LOCK from before this check until the write, so parallel creates,
 * edits and account-request approvals cannot all pass it.
 */
export const validateUniqueCompanyNumbersStepId = "validate-unique-company-numbers"
export const validateUniqueCompanyNumbersStep = createStep(
  validateUniqueCompanyNumbersStepId,
  async ({ organizations }: UniqueCompanyNumbersInput, { container }) => {
    const edited = organizations.flatMap((o) => (o.id ? [o.id] : []))
    const current = edited.length
      ? await organizationService(container).listOrganizations(
          { id: edited },
          { select: ["id", "vat_number", "registration_number"] }
        )
      : []
    for (const organization of organizations) {
      if (organization.allow_duplicate) continue
      const before = current.find((o) => o.id === organization.id)
      const changed = (field: keyof CompanyNumbers) => {
        const value = organization[field]
        return value && compactNumber(value) !== (before?.[field] ?? null) ? value : null
      }
      const numbers = { vat_number: changed("vat_number"), registration_number: changed("registration_number") }
      const duplicates = await findDuplicateOrganizations(container, numbers, { exceptId: organization.id })
      if (duplicates.length) {
        throw duplicateRefusal(duplicates, "Send allow_duplicate: true to save it anyway")
      }
    }
    return new StepResponse(null)
  }
)

/** The lock key when any of these organizations sets a company number (none: no lock). */
export const companyNumbersLockKey = (organizations: CompanyNumbers[]) =>
  organizations.some((o) => o.vat_number || o.registration_number) ? [COMPANY_NUMBERS_LOCK] : []
