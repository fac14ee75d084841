import { regenerateAssetToken } from "../../../../../../utils/portal-admin"

export const POST = regenerateAssetToken
