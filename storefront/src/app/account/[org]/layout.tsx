import type { ReactNode } from "react"
import { AccountNav } from "@/components/account-nav"
import { actingFor } from "@/lib/acting"

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params
  const acting = await actingFor(org)
  return (
    <div className="flex flex-col gap-8 md:flex-row">
      <AccountNav acting={acting} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  )
}
