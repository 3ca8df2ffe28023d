export { appendAudit } from "./append";
export type { AppendedAudit, AuditEntry } from "./append";
export { canonicalJSON, isSecretKey, toAuditJson } from "./canonical";
export type { JsonValue } from "./canonical";
export { GENESIS_HASH, eventHash, tenderChain } from "./hash";
export type { AuditChain, HashedEvent } from "./hash";
export { verifyAuditChain, verifyAuditChains } from "./verify";
export type { AuditBreak, AuditVerification, ChainVerification } from "./verify";
