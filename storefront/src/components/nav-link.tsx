"use client"
// A menu link that says which page is open (aria-current), for sighted and screen-reader users.
import Link from "next/link"
import { usePathname } from "next/navigation"
import type { ReactNode } from "react"

export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname()
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-md px-2 py-1 ${current ? "bg-ui-bg-base-pressed font-medium" : "hover:bg-ui-bg-base-hover"}`}
    >
      {children}
    </Link>
  )
}
