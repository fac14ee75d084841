import { useCustomerNames } from "../../lib/queries/medusa"
import { useOrganizationNames } from "../../lib/queries/organizations"
import { personName } from "../../lib/format"

/**
 * Names of the organizations and customers a page of approvals refers to (they live in other
 * modules): two queries by id, whatever the page size.
 */
export function useNames(organizationIds: string[], customerIds: string[]) {
  const orgIds = [...new Set(organizationIds)]
  const cusIds = [...new Set(customerIds)]
  const { data: orgs } = useOrganizationNames(orgIds)
  const { data: customers } = useCustomerNames(cusIds)
  return {
    organization: (id: string) => orgs?.organizations.find((o) => o.id === id)?.name ?? id,
    customer: (id: string) => {
      const customer = customers?.customers.find((c) => c.id === id)
      return customer ? personName(customer) : id
    },
  }
}
