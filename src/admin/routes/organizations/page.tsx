import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"

type Organization = {
  id: string
  name: string
  vat_number: string | null
  country_code: string | null
  status: "active" | "suspended"
}

type OrganizationList = {
  organizations: Organization[]
  count: number
  limit: number
  offset: number
}

const PAGE_SIZE = 20

const OrganizationsPage = () => {
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [data, setData] = useState<OrganizationList | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), order: "name" })
    if (q) params.set("q", q)
    adminFetch<OrganizationList>(`/admin/organizations?${params}`)
      .then((result) => {
        setData(result)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [q, offset])

  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Organizations</Heading>
        <Input
          size="small"
          type="search"
          placeholder="Search name or VAT number"
          value={q}
          onChange={(e) => {
            setOffset(0)
            setQ(e.target.value)
          }}
        />
      </div>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" size="small">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>VAT number</Table.HeaderCell>
            <Table.HeaderCell>Country</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.organizations.map((organization) => (
            <Table.Row key={organization.id}>
              <Table.Cell>{organization.name}</Table.Cell>
              <Table.Cell>{organization.vat_number ?? "–"}</Table.Cell>
              <Table.Cell>{organization.country_code?.toUpperCase() ?? "–"}</Table.Cell>
              <Table.Cell>
                <Badge color={organization.status === "active" ? "green" : "red"} size="2xsmall">
                  {organization.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={data?.count ?? 0}
        pageSize={PAGE_SIZE}
        pageIndex={offset / PAGE_SIZE}
        pageCount={pageCount}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < (data?.count ?? 0)}
        previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        nextPage={() => setOffset(offset + PAGE_SIZE)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Organizations",
  icon: Buildings,
})

export default OrganizationsPage
