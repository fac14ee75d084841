import { useQuery } from "@tanstack/react-query"
import type { AccessCode, Page, PortalAsset } from "../types"
import type { ChangeAccessCodeBody, CreateAccessCodeBody, CreateAssetBody } from "../requests"
import { api, useApiMutation } from "./client"
import { portalKeys } from "./keys"

const base = (organizationId: string) => `/admin/organizations/${organizationId}`
const LIST = { limit: 50 }

/** A new code or token: in this answer only (stored as a hash). */
export type IssuedSecret = { code?: string; token?: string }

export function useAccessCodes(organizationId: string) {
  return useQuery({
    queryKey: portalKeys(organizationId).accessCodes,
    queryFn: () => api.get<Page & { access_codes: AccessCode[] }>(`${base(organizationId)}/access-codes`, LIST),
  })
}

export function useAssets(organizationId: string) {
  return useQuery({
    queryKey: portalKeys(organizationId).assets,
    queryFn: () => api.get<Page & { assets: PortalAsset[] }>(`${base(organizationId)}/assets`, LIST),
  })
}

export function useCreateAccessCode(organizationId: string) {
  return useApiMutation(
    (body: CreateAccessCodeBody) =>
      api.post<IssuedSecret & { access_code: AccessCode }>(`${base(organizationId)}/access-codes`, body),
    () => [portalKeys(organizationId).accessCodes]
  )
}

/** Enables, disables or regenerates a code (a new code is in the answer). */
export function useUpdateAccessCode(organizationId: string) {
  return useApiMutation(
    ({ id, body }: { id: string; body: ChangeAccessCodeBody }) =>
      api.post<IssuedSecret & { access_code: AccessCode }>(`${base(organizationId)}/access-codes/${id}`, body),
    () => [portalKeys(organizationId).accessCodes]
  )
}

export function useCreateAsset(organizationId: string) {
  return useApiMutation(
    (body: CreateAssetBody) =>
      api.post<IssuedSecret & { asset: PortalAsset }>(`${base(organizationId)}/assets`, body),
    () => [portalKeys(organizationId).assets]
  )
}

/** A new installation token (in the answer); the list shows nothing of it. */
export function useRegenerateAssetToken(organizationId: string) {
  return useApiMutation((id: string) => api.post<IssuedSecret>(`${base(organizationId)}/assets/${id}/token`), () => [])
}
