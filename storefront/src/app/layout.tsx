import type { Metadata } from "next"
import type { ReactNode } from "react"
import { SiteHeader } from "@/components/site-header"
import { currentLocale, translate } from "@/i18n"
import common from "@/i18n/common"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Customer zone", template: "%s · Customer zone" },
  description: "Orders, approvals, users and addresses of your organization.",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale()
  const t = await translate(common)
  return (
    <html lang={locale}>
      <body className="bg-ui-bg-subtle text-ui-fg-base min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-ui-bg-base focus:p-2">
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  )
}
