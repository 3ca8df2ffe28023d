export { submitBid, type SubmitBidResult } from "./commands/submit-bid";
export { withdrawBid, type WithdrawBidResult } from "./commands/withdraw-bid";
export { saveBidDraft } from "./commands/save-bid-draft";
export { uploadBidDocument } from "./commands/upload-bid-document";
export { removeBidDocument } from "./commands/remove-bid-document";
export { ZSubmitBidInput, ZWithdrawBidInput, ZIdempotencyKey, ZUploadBidDocumentInput } from "./schemas";
export { setVirusScanner, noopVirusScanner, type VirusScanner } from "./documents";
