/**
 * The app's route paths, written once. Client-safe (no server imports), so links, redirects and the policy share them.
 */
export const ROUTES = {
  home: "/",
  /** Published notices, open to everyone. */
  notices: "/kunngjoringer",
  login: "/login",
  logout: "/logout",
  /** After log-in: redirects each user to their own area. */
  start: "/start",
  officer: "/anskaffelser",
  newTender: "/anskaffelser/ny",
  portal: "/portal",
  history: "/historikk",
  /** The manager's dashboard; the same figures for everyone on /statistikk, and as OCDS open data under /api/v1/ocds. */
  analytics: "/analyse",
  statistics: "/statistikk",
  ocdsReleases: "/api/v1/ocds/releases",
  /** The officer's read-only view of the same award history (own regions). */
  officerHistory: "/anskaffelser/historikk",
  /** The award history's CSV (GET with the page's filter, ?format=nb|iso). */
  historyExport: "/api/v1/history/export",
  admin: "/admin",
  adminUsers: "/admin/brukere",
  adminNewUser: "/admin/brukere/ny",
  adminSuppliers: "/admin/leverandorer",
  adminRegions: "/admin/regioner",
  adminMeasureTypes: "/admin/tiltakstyper",
  /** A password-reset link (the token is the last segment). */
  passwordReset: "/tilbakestill-passord",
  /** Market dialogues: the public list, the officer's list and its form. */
  dialogues: "/markedsdialoger",
  officerDialogues: "/anskaffelser/markedsdialoger",
  newDialogue: "/anskaffelser/markedsdialoger/ny",
  /** Supplier self-registration (public), an invitation link (the token is the last segment), the organisation page. */
  register: "/registrer",
  invitation: "/invitasjon",
  portalOrganisation: "/portal/organisasjon",
  /** The organisation administrator's API tokens, and the API's documentation (not under /api: no page lives there). */
  portalApiTokens: "/portal/api-nokler",
  apiDocs: "/dokumentasjon/api",
  /** Every signed-in user's notification centre and their e-mail preferences. */
  notifications: "/varsler",
  notificationPreferences: "/varsler/innstillinger",
  openApi: "/api/v1/openapi.json",
} as const;

export const publicNotice = (id: string) => `${ROUTES.notices}/${encodeURIComponent(id)}`;
export const officerTender = (id: string) => `${ROUTES.officer}/${encodeURIComponent(id)}`;
/** A competition in the supplier portal: interest, own questions and the ask form. */
export const portalTender = (id: string) => `${ROUTES.portal}/konkurranser/${encodeURIComponent(id)}`;
/** The manager's view of one competition: audit timeline, scores, award justification. */
export const historyTender = (id: string) => `${ROUTES.history}/${encodeURIComponent(id)}`;
/** The procurement protocol of a competition (built by the protocol issue). */
export const tenderProtocol = (id: string) => `${officerTender(id)}/protokoll`;
export const adminUser = (id: string) => `${ROUTES.adminUsers}/${encodeURIComponent(id)}`;
export const adminRegion = (id: string) => `${ROUTES.adminRegions}/${encodeURIComponent(id)}`;
export const publicDialogue = (id: string) => `${ROUTES.dialogues}/${encodeURIComponent(id)}`;
export const officerDialogue = (id: string) => `${ROUTES.officerDialogues}/${encodeURIComponent(id)}`;
export const portalDialogue = (id: string) => `${ROUTES.portal}/markedsdialoger/${encodeURIComponent(id)}`;
export const adminSupplier = (id: string) => `${ROUTES.adminSuppliers}/${encodeURIComponent(id)}`;
/** Upload (POST) an organisation's eligibility documentation; GET one document as the organisation or as the ADMIN. */
export const supplierDocumentsApi = (supplierId: string) => `/api/v1/suppliers/${encodeURIComponent(supplierId)}/documents`;
export const supplierDocumentApi = (supplierId: string, documentId: string) => `${supplierDocumentsApi(supplierId)}/${encodeURIComponent(documentId)}`;
export const adminSupplierDocumentApi = (supplierId: string, documentId: string) => `/api/v1/admin/suppliers/${encodeURIComponent(supplierId)}/documents/${encodeURIComponent(documentId)}`;
/** REST API v1: one of the organisation's bids, and the receipt of its latest submission. */
export const bidApi = (bidId: string) => `/api/v1/bids/${encodeURIComponent(bidId)}`;
export const bidReceiptApi = (bidId: string) => `${bidApi(bidId)}/receipt`;
/** Opening, qualification and the procurement protocol (issue 11, lib/evaluation). */
export const officerOpening = (id: string) => `${officerTender(id)}/apning`;
/** The evaluation (lib/evaluation): the panel, one's declaration and scoring sheet, the chair's consensus, the result. */
export const officerPanel = (id: string) => `${officerTender(id)}/nemnd`;
export const officerDeclaration = (id: string) => `${officerTender(id)}/erklaering`;
export const officerScoring = (id: string) => `${officerTender(id)}/poeng`;
export const officerConsensus = (id: string) => `${officerTender(id)}/konsensus`;
export const officerResult = (id: string) => `${officerTender(id)}/resultat`;
export const officerQualification = (id: string, bidId: string) => `${officerTender(id)}/kvalifisering/${encodeURIComponent(bidId)}`;
export const officerBidDocument = (id: string, bidId: string, documentId: string) => `${officerQualification(id, bidId)}/dokumenter/${encodeURIComponent(documentId)}`;
export const officerProtocol = (id: string) => `${officerTender(id)}/protokoll`;
export const officerProtocolPdf = (id: string) => `${officerProtocol(id)}/pdf`;
export const portalOpening = (tenderId: string) => `${ROUTES.portal}/tilbud/${encodeURIComponent(tenderId)}/apning`;
