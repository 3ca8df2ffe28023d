/** The procurement protocol's sections for the evaluation runs, the award letters and the complaints (lib/evaluation/protocol/sections-award.ts). */
export const protocol = {
  protocol: {
    sections: {
      runs: "Evalueringsberegninger, resultat og følsomhet",
      letters: "Tildelingsbrev og karenstid",
      complaints: "Klager og midlertidige forføyninger",
    },
    runs: {
      run: "Beregning ({cause}), delkontrakt {lot}. Gyldige tilbud: {valid}. Rangering: {ranking}",
      left: "Ute siden forrige beregning: {names}.",
      tie: "{names} hadde lik vektet sum; avgjort etter regelen som ble kunngjort.",
      sensitivity: "Følsomhet, delkontrakt {lot}: vinneren endres hvis vekten på {criterion} går fra {from} % til {to} % (ny vinner: {winner}).",
      sensitivityNone: "Følsomhet, delkontrakt {lot}: ingen vekt på {criterion} mellom 0 og 100 % endrer vinneren.",
      rank: "{rank}. {supplier} ({total} poeng)",
    },
    letters: {
      sent: "Tildelingsbrev sendt til {count} tilbydere: {names}",
      standstill: "Karenstid til og med {day}; kontrakt kan tidligst inngås {from}",
      noStandstill: "Ingen karenstid: bare én tilbyder",
      skipped: "Karenstid ikke brukt ved kontraktsinngåelsen: {reason}",
    },
    complaints: {
      lodged: "Klage fra {supplier}: «{text}»",
      documents: "Vedlegg: {names}",
      noDocuments: "Ingen vedlegg",
      UPHELD: "Klagen fra {supplier} er tatt til følge: {reason} Avgjørelsen er sendt til klageren.",
      REJECTED: "Klagen fra {supplier} er ikke tatt til følge: {reason} Avgjørelsen og begrunnelsen er sendt til klageren.",
      pending: "Klagen fra {supplier} venter på avgjørelse; kontrakt kan ikke inngås.",
      reopened: "Evalueringen er gjenåpnet og tildelingen omgjort: {reason}",
      injunction: "Midlertidig forføyning registrert: {note}",
      lifted: "Midlertidig forføyning opphevet: {reason}",
    },
    award: {
      returned: "Tildelingsforslaget sendt tilbake til evalueringen av {name}: {comment}",
    },
  },
} as const;
