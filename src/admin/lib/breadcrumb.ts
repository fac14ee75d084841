import { createElement } from "react"
import type { LoaderFunctionArgs, UIMatch } from "react-router-dom"
import { useT } from "./i18n"

/**
 * `loader` and `handle` for a detail route: the breadcrumb shows the record's name (or its id
 * when it cannot be read; the page itself then shows the error).
 */
export function recordBreadcrumb(nameOf: (id: string) => Promise<string>) {
  const loader = async ({ params }: LoaderFunctionArgs) => {
    try {
      return { name: await nameOf(params.id!) }
    } catch {
      return { name: params.id }
    }
  }
  const handle = {
    breadcrumb: (match: UIMatch<{ name?: string } | undefined>) => match.data?.name ?? match.params.id ?? "",
  }
  return { loader, handle }
}

// Rendered by the dashboard's breadcrumb bar, so it can read the plugin's strings.
function ListCrumb({ label }: { label: string }) {
  const { t } = useT()
  return t(label)
}

/**
 * `handle` for a list page: its crumb ("Organizations"), in the dashboard's language. Detail
 * pages below it (`/organizations/:id`) are nested routes, so their crumb follows this one.
 */
export function listBreadcrumb(label: string) {
  return { breadcrumb: () => createElement(ListCrumb, { label }) }
}
