import { getPortal } from "../../utils/portal"

export const GET = getPortal
