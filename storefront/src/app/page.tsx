import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { translate } from "@/i18n"
import auth from "@/i18n/auth"
import common from "@/i18n/common"
import { authToken } from "@/lib/session"

export default async function Home() {
  const t = await translate(auth)
  const c = await translate(common)
  const signedIn = Boolean(await authToken())
  return (
    <section className="flex max-w-2xl flex-col gap-4">
      <Heading level="h1">{t.home.title}</Heading>
      <Text>{t.home.intro}</Text>
      <ul className="flex flex-col gap-2 text-ui-fg-interactive">
        {signedIn ? (
          <li>
            <Link href="/account">{t.home.signedIn}</Link>
          </li>
        ) : (
          <>
            <li>
              <Link href="/sign-in">{c.nav.signIn}</Link>
            </li>
            <li>
              <Link href="/account-request">{c.nav.requestAccount}</Link>
            </li>
          </>
        )}
        <li>
          <Link href="/shop">{c.nav.shop}</Link>
        </li>
        <li>
          <Link href="/portal">{t.home.portal}</Link>
        </li>
      </ul>
    </section>
  )
}
