import { EntitlementList } from "@/components/entitlement-list"

/** Seed 000, "Abonnementen": the organization's digital subscriptions and who has access. */
export default async function Subscriptions({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  return <EntitlementList org={org} kind="subscription" offset={offset} path={`/account/${org}/subscriptions`} />
}
