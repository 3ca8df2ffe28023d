export { addMembership } from "./commands/add-membership";
export { createUser } from "./commands/create-user";
export { revokeMembership } from "./commands/revoke-membership";
export { setUserActive } from "./commands/set-user-active";
export { getUserForAdmin, listUsersForAdmin } from "./queries/list-users";
export { ZAddMembershipInput, ZCreateUserInput, ZRevokeMembershipInput, ZSetUserActiveInput } from "./schemas";
