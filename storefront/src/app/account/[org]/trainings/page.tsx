import { EntitlementList } from "@/components/entitlement-list"

/** Seed 000, "Opleidingen": the trainings and their participants, colleagues or outside people. */
export default async function Trainings({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  return <EntitlementList org={org} kind="training" offset={offset} path={`/account/${org}/trainings`} />
}
