import type { Messages } from "../nb";

/** The supplier portal's home (receipts) and the choice of organisation in its forms. */
export const portal: Pick<Messages, "portal"> = {
  portal: {
    receipts: {
      title: "Receipts",
      intro: "A receipt for every submission of the organisation, newest first. Receipts do not contain the bids' content.",
      latest: "The latest {count} of {total} receipts.",
      all: "See all receipts ({total})",
      pageTitle: "All receipts",
      empty: "The organisation has not submitted a bid yet.",
      back: "Back to the supplier portal",
      pagination: "Pages of receipts",
      page: "Page {page} of {pages}",
      previous: "Previous page",
      next: "Next page",
      col: {
        tender: "Competition",
        supplier: "Organisation",
        lots: "Lots",
        receivedAt: "Received (server time)",
        version: "Version",
        hash: "SHA-256 (short)",
        file: "File",
      },
      open: "Receipt, version {number}",
      download: "Download (JSON)",
      downloadLabel: "Download (JSON): the receipt for version {number} of {reference}",
    },
    acting: {
      label: "Organisation",
      interestChoose: "You belong to several organisations. Choose which organisation registers or withdraws interest.",
      interestRegistered: "{name} has registered interest.",
      interestNone: "{name} has not registered interest.",
    },
  },
};
