import { listPortalAssets } from "../../../utils/portal"

export const GET = listPortalAssets
