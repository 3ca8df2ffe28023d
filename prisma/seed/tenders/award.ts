import type { Tx } from "@/lib/db";
import type { ContractStatus } from "@/lib/generated/prisma/client";
import { SUPPLIERS } from "../supplier-data";
import { addMonths } from "../time";
import type { LotResult } from "./evaluation";
import { reached } from "./stage";
import type { SeedContext, SeedTender } from "./types";

const OPTION_MONTHS = { "2+1": 12, "2+1+1": 24, "2+1+1+1": 36 } as const;
const supplierName = (domain: string) => SUPPLIERS.find((s) => s.domain === domain)?.name ?? domain;

/** Award decision per lot (proposed by the officer, approved by the regional manager) and, once signed, the contract. */
export async function createAwards(tx: Tx, context: SeedContext, tender: SeedTender, results: LotResult[], officerId: string, approverId: string) {
  const { spec, tenderId, lotIds, time } = tender;
  const approved = reached(spec.status, "AWARD_DECIDED");
  for (const { lotIndex, ranking } of results) {
    const [winner, runnerUp] = ranking;
    const lotId = lotIds[lotIndex];
    if (!winner || !lotId) continue;
    const name = supplierName(winner.bid.supplier);
    const snapshot = {
      model: "proportional",
      maxPoints: 10,
      ranking: ranking.map((r) => ({
        bidId: r.bid.id,
        supplier: supplierName(r.bid.supplier),
        priceOre: String(r.bid.priceOre),
        pricePoints: r.price.toFixed(4),
        qualityPoints: r.quality.toFixed(4),
        totalPoints: r.total.toFixed(4),
      })),
    };
    const decision = await tx.awardDecision.create({
      data: {
        tenderId,
        lotId,
        winningBidId: winner.bid.id,
        status: approved ? "APPROVED" : "PROPOSED",
        reasoning:
          `${name} har det økonomisk mest fordelaktige tilbudet med ${winner.total.toFixed(2)} poeng` +
          (runnerUp ? ` mot ${runnerUp.total.toFixed(2)} for nest beste tilbud.` : ".") +
          " Tilbudet scoret høyest på gjennomføring og metodikk, med konkrete planer for arbeidsgiverkontakt.",
        scoringSnapshot: snapshot,
        proposedById: officerId,
        proposedAt: time.proposedAt,
        approvedById: approved ? approverId : null,
        approvedAt: approved ? time.approvedAt : null,
        sentAt: approved ? time.sentAt : null,
        standstillEndsAt: approved ? time.standstillEndsAt : null,
      },
    });
    if (!reached(spec.status, "CONTRACT_SIGNED")) continue;
    const supplierId = context.supplierIds.get(winner.bid.supplier);
    if (!supplierId || winner.bid.priceOre === null) throw new Error(`No supplier or price for ${winner.bid.supplier}`);
    const { regionId, measureTypeId } = await tx.tender.findUniqueOrThrow({ where: { id: tenderId }, select: { regionId: true, measureTypeId: true } });
    await tx.contract.create({
      data: {
        tenderId,
        regionId,
        measureTypeId,
        lotId,
        supplierId,
        awardDecisionId: decision.id,
        status: contractStatus(spec.status),
        valueOre: winner.bid.priceOre,
        startsOn: time.startsOn,
        endsOn: time.endsOn,
        maxEndsOn: new Date(addMonths(time.startsOn, spec.contractMonths + OPTION_MONTHS[spec.optionModel]).getTime() - 86_400_000),
        signedAt: time.signedAt,
      },
    });
  }
}

function contractStatus(status: string): ContractStatus {
  return status === "EXPIRED" ? "EXPIRED" : status === "TERMINATED" ? "TERMINATED" : "ACTIVE";
}
