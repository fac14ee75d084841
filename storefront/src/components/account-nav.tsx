// The customer zone's menu: each entry shown by the member's effective permissions (never by
// role name), and the organization switcher for people in several organizations.
import Link from "next/link"
import { translate } from "@/i18n"
import common from "@/i18n/common"
import type { actingFor } from "@/lib/acting"
import { NavLink } from "./nav-link"

type Acting = Awaited<ReturnType<typeof actingFor>>

export async function AccountNav({ acting }: { acting: Acting }) {
  const t = await translate(common)
  const { organization, organizations, can } = acting
  const base = `/account/${organization.id}`
  const active = acting.membership.status === "active"
  const entries: [string, string, boolean][] = [
    [base, t.nav.overview, true],
    ["/shop", t.nav.shop, active && (can("orders.place") || can("orders.request"))],
    [`${base}/orders`, t.nav.orders, active],
    [`${base}/approvals`, t.nav.approvals, active && (can("orders.approve") || can("orders.request"))],
    [`${base}/addresses`, t.nav.addresses, active],
    [`${base}/users`, t.nav.users, active && (can("members.view") || can("members.manage"))],
    [`${base}/subscriptions`, t.nav.subscriptions, active],
    [`${base}/trainings`, t.nav.trainings, active],
    [`${base}/library`, t.nav.library, active && can("library.view")],
    [`${base}/profile`, t.nav.profile, true],
  ]
  return (
    <aside className="flex w-full flex-col gap-4 md:w-56">
      <div>
        <p className="text-ui-fg-subtle text-xs uppercase">{t.nav.organization}</p>
        <p className="font-semibold" data-testid="acting-organization">
          {organization.name}
        </p>
        {organizations.length > 1 ? (
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-ui-fg-interactive">{t.nav.switchOrganization}</summary>
            <ul className="mt-2 flex flex-col gap-1">
              {organizations
                .filter((other) => other.id !== organization.id)
                .map((other) => (
                  <li key={other.id}>
                    <Link href={`/account/${other.id}`}>{other.name}</Link>
                  </li>
                ))}
            </ul>
          </details>
        ) : null}
      </div>
      <nav aria-label={t.nav.account}>
        <ul className="flex flex-col gap-1">
          {entries
            .filter(([, , shown]) => shown)
            .map(([href, label]) => (
              <li key={href}>
                <NavLink href={href} exact={href === base}>
                  {label}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
    </aside>
  )
}
