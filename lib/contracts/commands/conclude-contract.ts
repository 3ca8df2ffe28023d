import { recordSuccession } from "@/lib/contracts/succession";
import { bidderSuppliers, conclusionBlocks, loadAwardTender, standstillEndOf } from "@/lib/awards/load";
import { AppError } from "@/lib/errors";
import { refreshHistoryRow } from "@/lib/history/refresh";
import { defineCommand } from "@/lib/mutation";
import { contractPeriod, osloDay } from "@/lib/rules";
import { transitionTender } from "@/lib/tenders/guarded-transition";
import type { TenderStatus } from "@/lib/tenders/transitions";

import { ZConcludeContractInput } from "../schemas";

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The officer concludes the contract of every awarded lot: Contract rows with the tender's term and option model,
 * and the tender reaches CONTRACT_SIGNED. § 25-2: no contract before the standstill ends — and none while a complaint
 * awaits a decision or an injunction is in force. A single-bidder competition (AWARD_DECIDED) may skip the standstill
 * with a recorded reason. Officers of the tender's region.
 */
export const concludeContract = defineCommand({
  name: "contract.conclude",
  action: "contract.sign",
  input: ZConcludeContractInput,
  load: ({ tx, input }) => loadAwardTender(tx, input.tenderId),
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if ((tender.status !== "STANDSTILL" && tender.status !== "AWARD_DECIDED") || tender.approved.length === 0) {
      throw new AppError("INVALID_STATE", "contracts.errors.notDecided");
    }
    const blocks = await conclusionBlocks(tx, tender.id);
    if (blocks.complaints > 0) throw new AppError("INVALID_STATE", "contracts.errors.complaintPending", { complaints: blocks.complaints });
    if (blocks.injunctions > 0) throw new AppError("INVALID_STATE", "contracts.errors.injunction", { injunctions: blocks.injunctions });

    const endsAt = standstillEndOf(tender);
    const skip = input.skipStandstillReason;
    if (skip !== undefined) {
      // § 25-2's exception: only where there was nothing to compete about (one bidder).
      if (tender.status !== "AWARD_DECIDED" || (await bidderSuppliers(tx, tender.id)).length > 1) {
        throw new AppError("VALIDATION", "contracts.errors.skipNotAllowed", { fieldErrors: { skipStandstillReason: ["contracts.errors.skipNotAllowed"] } });
      }
    } else if (endsAt === null || now < endsAt) {
      throw new AppError("INVALID_STATE", "contracts.errors.standstillRunning", { standstillEndsAt: endsAt?.toISOString() ?? null, messageParams: { at: endsAt?.toISOString() ?? "" } });
    }
    if (skip === undefined && endsAt && input.contractDate < osloDay(endsAt)) {
      throw new AppError("VALIDATION", "contracts.errors.dateBeforeStandstill", { fieldErrors: { contractDate: ["contracts.errors.dateBeforeStandstill"] } });
    }
    if (input.startsOn < input.contractDate) {
      throw new AppError("VALIDATION", "contracts.errors.startBeforeDate", { fieldErrors: { startsOn: ["contracts.errors.startBeforeDate"] } });
    }
    let period;
    try {
      period = contractPeriod(input.startsOn, tender.contractMonths, tender.optionModel);
      contractPeriod(input.contractDate, 1, "none");
    } catch {
      throw new AppError("VALIDATION", "contracts.errors.dateInvalid", { fieldErrors: { startsOn: ["contracts.errors.dateInvalid"] } });
    }

    let current: { id: string; status: TenderStatus; version: number } = { id: tender.id, status: tender.status, version: input.version };
    if (tender.status === "AWARD_DECIDED" && skip === undefined) {
      // A single-bidder tender that waited out the standstill anyway: record it as observed.
      const observed = await transitionTender(tx, current, "startStandstill");
      current = { ...current, status: observed.status, version: observed.version };
    }
    const signed = await transitionTender(tx, current, "signContract", {}, { reason: skip });
    if (skip !== undefined) await tx.awardDecision.updateMany({ where: { id: { in: tender.approved.map((a) => a.id) } }, data: { standstillSkippedReason: skip } });

    const contracts = [];
    for (const award of tender.approved) {
      contracts.push(await tx.contract.create({
        data: {
          tenderId: tender.id, lotId: award.lotId, supplierId: award.winningBid.supplierId, awardDecisionId: award.id, regionId: tender.regionId, measureTypeId: tender.measureTypeId,
          valueOre: award.winningBid.priceOre ?? 0n, startsOn: asDate(period.startsOn), endsOn: asDate(period.endsOn), maxEndsOn: asDate(period.maxEndsOn),
          signedAt: now, contractDate: asDate(input.contractDate), optionModel: tender.optionModel, signedById: actor.userId,
        },
        select: { id: true, lotId: true, supplierId: true },
      }));
    }
    await recordSuccession(tx, contracts.map((contract) => contract.id));
    await refreshHistoryRow(tx, tender.id);
    return {
      data: { id: tender.id, status: signed.status, contracts: contracts.map((c) => c.id) },
      audit: {
        chain: `tender:${tender.id}`, action: "contract.concluded", entityType: "Tender", entityId: tender.id,
        before: { status: tender.status },
        after: { status: signed.status, contracts, contractDate: input.contractDate, ...period, optionModel: tender.optionModel, standstillSkippedReason: skip ?? null },
      },
    };
  },
});
