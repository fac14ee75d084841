import Link from "next/link"
import { translate } from "@/i18n"
import common from "@/i18n/common"

/** Previous / next links over `?offset=`; the store pages in the database. */
export async function Pagination({ path, offset, limit, count, query = {} }: { path: string; offset: number; limit: number; count: number; query?: Record<string, string> }) {
  const t = await translate(common)
  if (count <= limit) return null
  const href = (to: number) => `${path}?${new URLSearchParams({ ...query, offset: String(to) })}`
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
      <span>
        {offset + 1}–{Math.min(offset + limit, count)} {t.page.of} {count}
      </span>
      {offset > 0 ? <Link href={href(Math.max(0, offset - limit))}>{t.actions.previous}</Link> : null}
      {offset + limit < count ? <Link href={href(offset + limit)}>{t.actions.next}</Link> : null}
    </nav>
  )
}
