import type { Messages } from "../nb";

/** REST API v1's bid endpoints: errors of the request's own form (the bid's content has bids.errors.*). */
export const apiBids: Pick<Messages, "apiBids"> = {
  apiBids: {
    errors: {
      contentType: "Send the bid as application/json or multipart/form-data.",
      multipartInvalid: "The multipart body could not be read.",
      bidPartRequired: "The multipart body needs a part \"bid\" holding the bid as JSON.",
      base64Invalid: "The document is not valid base64 (contentBase64).",
    },
  },
};
