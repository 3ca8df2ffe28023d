import { defineListQuery, scopeWhere } from "@/lib/query";
import { z } from "zod";

import { id } from "@/lib/schemas";

/** The signed-in supplier user's organisations' own answers to one dialogue: never another organisation's. */
export const listOwnResponses = defineListQuery({
  name: "dialogues.listOwnResponses",
  action: "dialogue.read_own_response",
  input: z.object({ dialogueId: id() }),
  load: ({ db, input, scope }) =>
    db.dialogueResponse.findMany({
      where: { AND: [{ dialogueId: input.dialogueId }, scopeWhere(scope)] },
      orderBy: { supplierId: "asc" },
      select: { id: true, supplierId: true, text: true, interested: true, submittedAt: true, updatedAt: true },
    }),
});
