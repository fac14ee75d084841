import { changeAccessCode } from "../../../../../utils/portal-admin"

export const POST = changeAccessCode
