import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Page = { skip?: number; take?: number; order?: Record<string, unknown> }

type ListQuery = {
  fields: string[]
  filters: Record<string, unknown>
  pagination: Page
  defaultOrder?: Record<string, unknown>
}

/** One page of records, paginated, ordered and counted in the database. */
export async function listPage(
  scope: MedusaContainer,
  entity: string,
  { fields, filters, pagination, defaultOrder }: ListQuery
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields,
    filters,
    pagination: { ...pagination, order: pagination.order ?? defaultOrder },
  })
  return { data, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip }
}

/** One page of an organization's records. */
export function listInOrganization(
  scope: MedusaContainer,
  entity: string,
  organizationId: string,
  { filters, ...rest }: ListQuery
) {
  return listPage(scope, entity, { ...rest, filters: { ...filters, organization_id: organizationId } })
}

/** One record matching `filters`, or 404 naming `label` and `id`. */
export async function retrieveOne(
  scope: MedusaContainer,
  entity: string,
  label: string,
  id: string,
  filters: Record<string, unknown>,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { ...filters, id } })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)
  }
  return record
}

/** One record of an organization; another organization's record answers 404 like an unknown id. */
export function retrieveInOrganization(
  scope: MedusaContainer,
  entity: string,
  label: string,
  organizationId: string,
  id: string,
  fields: string[]
) {
  return retrieveOne(scope, entity, label, id, { organization_id: organizationId }, fields)
}

/** What a list route's validated query asks for: fields, filters and the page. */
export const listQueryOf = (req: {
  queryConfig: { fields: string[]; pagination: Page }
  filterableFields: Record<string, unknown>
}) => ({
  fields: req.queryConfig.fields,
  filters: req.filterableFields,
  pagination: req.queryConfig.pagination,
})
