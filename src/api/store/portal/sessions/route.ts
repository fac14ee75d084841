import { openPortalSession } from "../../../utils/portal"

export const POST = openPortalSession
