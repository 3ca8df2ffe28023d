/*
 * The additional data each sealed item is bound to (lib/bids/sealing): a ciphertext moved to another place fails to
 * open. Documents are bound to their competition, organisation and SHA-256 rather than to a row, so a submission copies
 * a draft's sealed document into its versions without ever decrypting it.
 */
export const versionContext = (versionId: string) => `bid-version:${versionId}`;
export const draftContext = (tenderId: string, supplierId: string) => `bid-draft:${tenderId}:${supplierId}`;
export const documentContext = (tenderId: string, supplierId: string, sha256: string) => `bid-document:${tenderId}:${supplierId}:${sha256}`;
