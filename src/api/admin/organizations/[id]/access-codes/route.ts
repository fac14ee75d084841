import { createAccessCode, listAccessCodes } from "../../../../utils/portal-admin"

export const GET = listAccessCodes
export const POST = createAccessCode
