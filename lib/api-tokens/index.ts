export { createApiToken } from "./commands/create-api-token";
export { revokeApiToken } from "./commands/revoke-api-token";
export { listApiTokens } from "./queries/list-api-tokens";
export { actorForToken, bearerToken } from "./authenticate";
export { generateToken, hashToken, isTokenShaped, TOKEN_PREFIX } from "./token";
export { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "./schemas";
export type { TCreateApiTokenInput, TRevokeApiTokenInput } from "./schemas";
