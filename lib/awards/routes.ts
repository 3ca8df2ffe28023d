import { ROUTES, officerTender } from "@/lib/routes";

/** The award in the officer area (proposal, approval, standstill, complaints, contract) and the managers' list. */
export const officerAward = (tenderId: string) => `${officerTender(tenderId)}/tildeling`;
export const awardApprovals = `${ROUTES.officer}/tildelinger`;
/** The organisation's award letter (tildelingsbrev) in the portal, its PDF, and where it lodges a complaint. */
export const portalAwardLetter = (tenderId: string) => `${ROUTES.portal}/tilbud/${encodeURIComponent(tenderId)}/tildeling`;
export const portalAwardLetterPdf = (tenderId: string) => `${portalAwardLetter(tenderId)}/pdf`;
/** The public contract-award notice (eForms), once the contract is concluded. */
export const awardNoticeXml = (tenderId: string) => `/api/v1/tenders/${encodeURIComponent(tenderId)}/award-notice.xml`;
