import { defineDetailQuery } from "@/lib/query";

import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";

/**
 * For the competition page's evaluation links: the tender's scope and the reader's own seat (nothing of other
 * members or of any bid). Whoever may read the competition may read this; each link then asks the policy.
 */
export const getEvaluationNav = defineDetailQuery({
  name: "evaluation.nav",
  action: "tender.read",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    const { member, ...rest } = scope;
    return { ...rest, submitted: member?.scoresSubmittedAt != null };
  },
});
