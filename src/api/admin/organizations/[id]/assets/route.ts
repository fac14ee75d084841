import { createAsset, listAssets } from "../../../../utils/portal-admin"

export const GET = listAssets
export const POST = createAsset
