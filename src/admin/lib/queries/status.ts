import { useQuery } from "@tanstack/react-query"
import type { B2bStatus } from "../types"
import { api } from "./client"
import { statusKey } from "./keys"

/** Whether any notification provider serves the `email` channel. */
export function useB2bStatus() {
  return useQuery({ queryKey: statusKey, queryFn: () => api.get<B2bStatus>("/admin/b2b/status") })
}
