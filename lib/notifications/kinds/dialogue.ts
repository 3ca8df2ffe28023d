import { kind } from "./define";

/** Market dialogues. */
export const dialogueKinds = {
  /** To every organisation that registered interest in a market dialogue: the competition it led to is announced. */
  dialogueTenderAnnounced: kind<{ path: string; reference: string; dialogueReference: string; dialogueTitle: string }>()({
    key: "dialogue.tender-announced",
    category: "message",
    text: {
      nb: (p) => ({
        subject: `Konkurranse ${p.reference} er kunngjort`,
        body: [`Markedsdialogen ${p.dialogueReference} «${p.dialogueTitle}», som dere deltok i, har ført til konkurranse ${p.reference}.`],
      }),
      en: (p) => ({
        subject: `Competition ${p.reference} is announced`,
        body: [`The market dialogue ${p.dialogueReference} “${p.dialogueTitle}”, which you took part in, has led to competition ${p.reference}.`],
      }),
    },
  }),
} as const;
