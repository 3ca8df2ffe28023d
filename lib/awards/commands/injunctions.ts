import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadAwardTender } from "../load";
import { ZLiftInjunctionInput, ZRegisterInjunctionInput } from "../schemas";

/**
 * A temporary injunction (midlertidig forføyning) from the court: registered by an officer of the region, it blocks
 * the conclusion of the contract until it is lifted (with a reason). Both steps go to the tender's audit chain.
 */
export const registerInjunction = defineCommand({
  name: "injunction.register",
  action: "injunction.register",
  input: ZRegisterInjunctionInput,
  load: ({ tx, input }) => loadAwardTender(tx, input.tenderId),
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (!["AWARD_PROPOSED", "AWARD_DECIDED", "STANDSTILL"].includes(tender.status)) throw new AppError("INVALID_STATE", "awards.errors.injunctionState");
    const injunction = await tx.injunction.create({ data: { tenderId: tender.id, registeredById: actor.userId, registeredAt: now, note: input.note } });
    return {
      data: { id: injunction.id },
      audit: { chain: `tender:${tender.id}`, action: "injunction.registered", entityType: "Injunction", entityId: injunction.id, after: { note: input.note } },
    };
  },
});

export const liftInjunction = defineCommand({
  name: "injunction.lift",
  action: "injunction.register",
  input: ZLiftInjunctionInput,
  load: async ({ tx, input }) => {
    const found = await tx.injunction.findUnique({ where: { id: input.injunctionId }, select: { id: true, tenderId: true } });
    if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
    return { ...(await loadAwardTender(tx, found.tenderId)), injunctionId: found.id };
  },
  run: async ({ tx, input, actor, now, resource: tender }) => {
    const { count } = await tx.injunction.updateMany({ where: { id: tender.injunctionId, liftedAt: null }, data: { liftedAt: now, liftedById: actor.userId, liftReason: input.reason } });
    if (count !== 1) throw new AppError("INVALID_STATE", "awards.errors.injunctionLifted");
    return {
      data: { id: tender.injunctionId },
      audit: { chain: `tender:${tender.id}`, action: "injunction.lifted", entityType: "Injunction", entityId: tender.injunctionId, after: { reason: input.reason } },
    };
  },
});
