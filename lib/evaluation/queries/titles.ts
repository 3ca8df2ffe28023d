import type { Db } from "@/lib/db";
import { defineDetailQuery } from "@/lib/query";

import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";

/*
 * For the titles (generateMetadata) of the evaluation pages whose sheets are heavy — scoring and consensus decrypt
 * every bid's answers, the result runs lib/scoring over the opened prices: the competition's reference and title and
 * the reader's own seat, nothing of any bid. Each is authorized with its page's own action, so a reader the page
 * refuses is refused here too (the 403 page keeps its own title).
 */
const titleScope = ({ db, actor, input }: { db: Db; actor: { userId: string } | null; input: { tenderId: string } }) =>
  findEvaluationScope(db, input.tenderId, actor!.userId);

export const getScoringTitle = defineDetailQuery({
  name: "evaluation.scoringTitle",
  action: "evaluation.score",
  input: ZTenderIdInput,
  load: titleScope,
});

export const getConsensusTitle = defineDetailQuery({
  name: "evaluation.consensusTitle",
  action: "evaluation.consensus",
  input: ZTenderIdInput,
  load: titleScope,
});

export const getResultTitle = defineDetailQuery({
  name: "evaluation.resultTitle",
  action: "evaluation.read_result",
  input: ZTenderIdInput,
  load: titleScope,
});
