export { requestOpening } from "./commands/request-opening";
export { confirmOpening } from "./commands/confirm-opening";
export { assessQualification } from "./commands/assess-qualification";
export { rejectBid } from "./commands/reject-bid";
export { REJECTION_GROUNDS, type RejectionGround } from "./qualification/grounds";
export { readOpeningRecord, type OpeningRecord, type OpeningRecordBid } from "./opening/record";
