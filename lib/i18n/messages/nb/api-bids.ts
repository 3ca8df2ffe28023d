/** REST API v1's bid endpoints: errors of the request's own form (the bid's content has bids.errors.*). */
export const apiBids = {
  apiBids: {
    errors: {
      contentType: "Send tilbudet som application/json eller multipart/form-data.",
      multipartInvalid: "Multipart-innholdet kunne ikke leses.",
      bidPartRequired: "Multipart-innholdet må ha en del «bid» med tilbudet som JSON.",
      base64Invalid: "Dokumentet er ikke gyldig base64 (contentBase64).",
    },
  },
} as const;
