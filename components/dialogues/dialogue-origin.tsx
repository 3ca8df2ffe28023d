import { BodyShort } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import type { Translate } from "@/lib/i18n";
import { officerDialogue } from "@/lib/routes";

/** On a competition made from a market dialogue: the way back to the dialogue and its answers. */
export function DialogueOrigin({ dialogues, t }: { dialogues: { id: string; reference: string; title: string }[]; t: Translate }) {
  if (dialogues.length === 0) return null;
  return (
    <>
      {dialogues.map((dialogue) => (
        <BodyShort key={dialogue.id}>
          <AppLink href={officerDialogue(dialogue.id)}>{t("dialogue.fromDialogue", { reference: dialogue.reference, title: dialogue.title })}</AppLink>
        </BodyShort>
      ))}
    </>
  );
}
