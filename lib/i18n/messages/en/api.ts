import type { Messages } from "../nb";

/** The REST API for suppliers' systems: API tokens in the portal, the API's own errors and the API documentation page. */
export const api: Pick<Messages, "api"> = {
  api: {
    errors: {
      invalidToken: "The API token is unknown or has been revoked.",
      tokenRequired: "Send an API token in the Authorization header (Bearer).",
      objectRequired: "The body must be a JSON object.",
    },
    tokens: {
      title: "API tokens",
      intro: "With an API token your organisation's own systems can ask questions and submit bids through the REST API. The token acts for the organisation, not for you as its administrator.",
      docsLink: "Read the API documentation",
      createHeading: "Create a new token",
      name: "Token name",
      nameDescription: "For example the system that will use it.",
      supplier: "Organisation",
      create: "Create token",
      created: "The token “{name}” has been created.",
      shownOnce: "Copy the token now. It is shown this once only; we keep only a fingerprint of it.",
      tokenLabel: "New API token",
      listHeading: "The organisation's tokens",
      columns: { name: "Name", hint: "Starts with", createdBy: "Created by", createdAt: "Created", lastUsedAt: "Last used", status: "Status", actions: "Actions" },
      never: "Never",
      active: "Active",
      revokedAt: "Revoked {at}",
      none: "The organisation has no API tokens yet.",
      revoke: "Revoke",
      revokeNamed: "Revoke {name}",
      revoked: "The token has been revoked. Requests with it are refused.",
      confirmHeading: "Revoke “{name}”?",
      confirmBody: "Systems that use the token lose access. This cannot be undone.",
      cancel: "Cancel",
      notAdmin: "Only the organisation's administrator can create and revoke API tokens.",
      errors: {
        nameRequired: "Give the token a name.",
        nameTooLong: "The name is too long (at most 100 characters).",
        chooseSupplier: "Choose the organisation the token is for.",
      },
    },
    docs: {
      title: "API documentation",
      intro: "The REST API v1 offers open data on announced competitions and market dialogues, and lets suppliers' own systems act with an API token. The description below is generated from the same schemas the API uses.",
      specLink: "The OpenAPI 3.1 description (JSON)",
      auth: "Endpoints that act for a supplier need the header “Authorization: Bearer <API token>”. The organisation's administrator creates tokens under API tokens in the supplier portal.",
      errors: "Every error is answered as application/problem+json (RFC 9457) with a stable “type” per error code.",
      loading: "Loading the API description …",
    },
  },
};
