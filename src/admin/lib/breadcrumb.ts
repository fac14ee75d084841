import type { LoaderFunctionArgs, UIMatch } from "react-router-dom"
import { api } from "./api"

/**
 * `loader` and `handle` for a detail route: the breadcrumb shows the record's name (or its id
 * when it cannot be read; the page itself then shows the error).
 */
export function recordBreadcrumb(path: (id: string) => string, key: string, nameOf: (record: any) => string) {
  const loader = async ({ params }: LoaderFunctionArgs) => {
    try {
      const body = await api.get<Record<string, any>>(path(params.id!))
      return { name: nameOf(body[key]) }
    } catch {
      return { name: params.id }
    }
  }
  const handle = {
    breadcrumb: (match: UIMatch<{ name?: string } | undefined>) => match.data?.name ?? match.params.id ?? "",
  }
  return { loader, handle }
}
