import { z } from "zod";

import type { Db } from "@/lib/db";
import { defineDetailQuery } from "@/lib/query";
import { id } from "@/lib/schemas";

import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";

/*
 * For the titles (generateMetadata) of the evaluation pages whose sheets are heavy — scoring and consensus decrypt
 * every bid's answers, the result runs lib/scoring over the opened prices, the qualification page decrypts its bid:
 * the competition's reference and title, the reader's own seat or the bidder's name, nothing of any bid's content. Each is authorized with its page's own action, so a reader the page
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

export const getQualificationTitle = defineDetailQuery({
  name: "evaluation.qualificationTitle",
  action: "bid.read_opened",
  input: z.object({ tenderId: id(), bidId: id() }),
  load: async ({ db, input }) => {
    const bid = await db.bid.findFirst({ where: { id: input.bidId, tenderId: input.tenderId }, select: { supplier: { select: { name: true } }, tender: { select: { regionId: true } } } });
    return bid ? { supplierName: bid.supplier.name, regionId: bid.tender.regionId } : null;
  },
});
