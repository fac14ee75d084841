import { accessGroupMemberRoutes } from "../../../../utils/access-groups"

export const { GET, POST } = accessGroupMemberRoutes("organizations")
