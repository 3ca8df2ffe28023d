import type { Messages } from "../nb";

/** The procurement protocol's sections for the evaluation runs, the award letters and the complaints (lib/evaluation/protocol/sections-award.ts). */
export const protocol: Pick<Messages, "protocol"> = {
  protocol: {
    sections: {
      runs: "Evaluation runs, result and sensitivity",
      letters: "Award letters and standstill",
      complaints: "Complaints and temporary injunctions",
    },
    runs: {
      run: "Run ({cause}), lot {lot}. Valid bids: {valid}. Ranking: {ranking}",
      left: "Out since the previous run: {names}.",
      tie: "{names} had equal weighted totals; broken by the announced rule.",
      sensitivity: "Sensitivity, lot {lot}: the winner changes if the weight of {criterion} moves from {from} % to {to} % (new winner: {winner}).",
      sensitivityNone: "Sensitivity, lot {lot}: no weight of {criterion} between 0 and 100 % changes the winner.",
      rank: "{rank}. {supplier} ({total} points)",
    },
    letters: {
      sent: "Award letters sent to {count} bidders: {names}",
      standstill: "Standstill through {day}; the contract may be concluded from {from}",
      noStandstill: "No standstill: a single bidder",
      skipped: "Standstill not applied when concluding the contract: {reason}",
    },
    complaints: {
      lodged: "Complaint from {supplier}: “{text}”",
      documents: "Documents: {names}",
      noDocuments: "No documents",
      UPHELD: "The complaint from {supplier} was upheld: {reason} The decision was sent to the complainant.",
      REJECTED: "The complaint from {supplier} was rejected: {reason} The decision and its reasons were sent to the complainant.",
      pending: "The complaint from {supplier} awaits a decision; no contract can be concluded.",
      reopened: "The evaluation was reopened and the award set aside: {reason}",
      injunction: "Temporary injunction registered: {note}",
      lifted: "Temporary injunction lifted: {reason}",
    },
    award: {
      returned: "The award proposal was returned to the evaluation by {name}: {comment}",
    },
  },
};
