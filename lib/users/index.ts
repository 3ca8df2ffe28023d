export { addMembership } from "./commands/add-membership";
export { createUser } from "./commands/create-user";
export { requestPasswordReset } from "./commands/request-password-reset";
export { resetPassword } from "./commands/reset-password";
export { revokeMembership } from "./commands/revoke-membership";
export { setUserActive } from "./commands/set-user-active";
export { updateUser } from "./commands/update-user";
export { getUserForAdmin, listUsersForAdmin } from "./queries/list-users";
export { getResetTokenStatus } from "./queries/reset-token-status";
export {
  PASSWORD_MIN_LENGTH, ZAddMembershipInput, ZCreateUserInput, ZRequestPasswordResetInput, ZResetPasswordInput,
  ZRevokeMembershipInput, ZSetUserActiveInput, ZUpdateUserInput, ZUserSearch,
} from "./schemas";
