import Link from "next/link"
import { setLocale, signOut } from "@/actions/session"
import { LOCALES, currentLocale, translate } from "@/i18n"
import common from "@/i18n/common"
import { authToken, cartRef } from "@/lib/session"

export async function SiteHeader() {
  const t = await translate(common)
  const locale = await currentLocale()
  const signedIn = Boolean(await authToken())
  const cart = await cartRef()
  return (
    <header className="border-b border-ui-border-base bg-ui-bg-base">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t.shopName}
        </Link>
        <nav aria-label={t.nav.main} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/shop">{t.nav.shop}</Link>
          <Link href="/cart">
            {t.nav.cart}
            {cart?.id ? " •" : ""}
          </Link>
          {signedIn ? (
            <>
              <Link href="/account">{t.nav.account}</Link>
              <form action={signOut}>
                <button type="submit" className="underline-offset-2 hover:underline">
                  {t.nav.signOut}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in">{t.nav.signIn}</Link>
              <Link href="/account-request">{t.nav.requestAccount}</Link>
            </>
          )}
          <form action={setLocale} className="flex items-center gap-1" aria-label={t.nav.language}>
            {LOCALES.map((code) => (
              <button
                key={code}
                type="submit"
                name="locale"
                value={code}
                aria-pressed={code === locale}
                className={code === locale ? "font-semibold underline" : "text-ui-fg-subtle"}
              >
                {code.toUpperCase()}
              </button>
            ))}
          </form>
        </nav>
      </div>
    </header>
  )
}
