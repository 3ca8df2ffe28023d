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
  openApi: "/api/v1/openapi.json",
} as const;

export const publicNotice = (id: string) => `${ROUTES.notices}/${encodeURIComponent(id)}`;
export const officerTender = (id: string) => `${ROUTES.officer}/${encodeURIComponent(id)}`;
/** A competition in the supplier portal: interest, own questions and the ask form. */
export const portalTender = (id: string) => `${ROUTES.portal}/konkurranser/${encodeURIComponent(id)}`;
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
/** Opening, qualification and the procurement protocol (issue 11, lib/evaluation). */
export const officerOpening = (id: string) => `${officerTender(id)}/apning`;
export const officerQualification = (id: string, bidId: string) => `${officerTender(id)}/kvalifisering/${encodeURIComponent(bidId)}`;
export const officerBidDocument = (id: string, bidId: string, documentId: string) => `${officerQualification(id, bidId)}/dokumenter/${encodeURIComponent(documentId)}`;
export const officerProtocol = (id: string) => `${officerTender(id)}/protokoll`;
export const officerProtocolPdf = (id: string) => `${officerProtocol(id)}/pdf`;
export const portalOpening = (tenderId: string) => `${ROUTES.portal}/tilbud/${encodeURIComponent(tenderId)}/apning`;
