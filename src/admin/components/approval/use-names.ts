import { useApiQuery } from "../../lib/api"
import { personName } from "../../lib/format"
import type { Customer, Organization } from "../../lib/types"

/**
 * Names of the organizations and customers a page of approvals refers to (they live in other
 * modules): two queries by id, whatever the page size.
 */
export function useNames(organizationIds: string[], customerIds: string[]) {
  const orgIds = [...new Set(organizationIds)]
  const cusIds = [...new Set(customerIds)]
  const { data: orgs } = useApiQuery<{ organizations: Pick<Organization, "id" | "name">[] }>(
    "/admin/organizations",
    { id: orgIds, fields: "id,name", limit: orgIds.length },
    { enabled: orgIds.length > 0 }
  )
  const { data: customers } = useApiQuery<{ customers: Customer[] }>(
    "/admin/customers",
    { id: cusIds, fields: "id,email,first_name,last_name", limit: cusIds.length },
    { enabled: cusIds.length > 0 }
  )
  return {
    organization: (id: string) => orgs?.organizations.find((o) => o.id === id)?.name ?? id,
    customer: (id: string) => {
      const customer = customers?.customers.find((c) => c.id === id)
      return customer ? personName(customer) : id
    },
  }
}
