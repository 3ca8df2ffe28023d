import { createHash, randomUUID } from "node:crypto";

import type { Faker } from "@faker-js/faker";
import type { Tx } from "@/lib/db";
import type { BidStatus } from "@/lib/generated/prisma/client";
import { must } from "../lookup";
import { documentContext, versionContext } from "@/lib/bids/contexts";

import { sealSeedItem } from "./seal";
import { reached } from "./stage";
import type { SeedContext, SeedTender, TenderSpec } from "./types";

export type SeededBid = { id: string; lotIndex: number; supplier: string; priceOre: bigint | null; status: BidStatus; rank: number };

const HOUR = 60 * 60 * 1000;
const after = (date: Date, hours: number) => new Date(date.getTime() + hours * HOUR);

const SUMMARIES = [
  "Vi tilbyr tett individuell oppfølging med fast veileder og ukentlig kontakt med arbeidsgivere i regionen.",
  "Tilbudet bygger på Supported Employment (IPS-prinsipper) med rask jobbsøking og oppfølging på arbeidsplassen.",
  "Deltakerne får et tilpasset løp med kartlegging, praksis og kurs, og vi rapporterer til Nav hver fjerde uke.",
  "Vi har lokaler sentralt med universell utforming og samarbeidsavtaler med over 40 lokale virksomheter.",
];

function statusFor(spec: TenderSpec, rank: number, count: number, supplier: string): BidStatus {
  if (!reached(spec.status, "OPENED")) return supplier === "jobbveien.no" ? "DRAFT" : "SUBMITTED";
  if (reached(spec.status, "AWARD_DECIDED")) return rank === 0 ? "AWARDED" : "NOT_AWARDED";
  if (reached(spec.status, "AWARD_PROPOSED")) return "EVALUATED";
  if (reached(spec.status, "EVALUATION")) return "QUALIFIED";
  if (spec.status === "QUALIFICATION") return rank < 2 ? "QUALIFIED" : rank === 3 ? "REJECTED" : "OPENED";
  return rank === 3 && count > 3 ? "LATE_REJECTED" : "OPENED";
}

const REJECTIONS: Partial<Record<BidStatus, string>> = {
  LATE_REJECTED: "Tilbudet kom inn etter tilbudsfristen og er avvist automatisk.",
  REJECTED: "Leverandøren oppfyller ikke kvalifikasjonskravet om relevant erfaring.",
};

/** Bids for every lot; the first bidder of a lot gets the best offer (evaluation.ts scores it highest too). */
export async function createBids(tx: Tx, context: SeedContext, faker: Faker, { spec, tenderId, lotIds, time }: SeedTender) {
  const bids: SeededBid[] = [];
  for (const [lotIndex, lot] of spec.lots.entries()) {
    const lotId = lotIds[lotIndex];
    if (!lotId) throw new Error(`Lot ${lotIndex} missing`);
    for (const [rank, supplier] of lot.bidders.entries()) {
      const status = statusFor(spec, rank, lot.bidders.length, supplier);
      const factor = rank === 0 ? 0.97 : faker.number.float({ min: 0.93, max: 1.12, fractionDigits: 3 });
      const unitPriceNok = Math.round((spec.unitPriceNok * factor) / 10) * 10;
      const totalOre = BigInt(unitPriceNok) * BigInt(lot.places * spec.contractMonths) * 100n;
      const priceOre = reached(spec.status, "OPENED") && status !== "LATE_REJECTED" ? totalOre : null;
      const versions = status === "DRAFT" ? 0 : rank === 1 ? 2 : 1;
      const submittedAt = versions === 0 ? null : after(time.deadline, status === "LATE_REJECTED" ? 2 : -30 - rank * 20);
      const createdAt = after(time.announcedAt, (3 + rank) * 24);
      const bid = await tx.bid.create({
        data: {
          tenderId,
          lotId,
          supplierId: must(context.supplierIds, supplier, "supplier"),
          status,
          submittedAt,
          rejectionReason: REJECTIONS[status] ?? null,
          priceOre,
          version: versions,
          createdAt,
          updatedAt: submittedAt ?? createdAt,
        },
      });
      const content = { unitPriceNok, places: lot.places, months: spec.contractMonths, lot: lot.title, summary: faker.helpers.arrayElement(SUMMARIES) };
      if (submittedAt) await createVersions(tx, { tenderId, supplierId: bid.supplierId, bidId: bid.id }, versions, submittedAt, content);
      bids.push({ id: bid.id, lotIndex, supplier, priceOre, status, rank });
    }
  }
  return bids;
}

const sha256Hex = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Sealed versions; all but the last are marked replaced, as a resubmission before the deadline would leave them. */
async function createVersions(tx: Tx, { tenderId, supplierId, bidId }: { tenderId: string; supplierId: string; bidId: string }, count: number, lastAt: Date, content: object) {
  for (let number = 1; number <= count; number++) {
    const submittedAt = after(lastAt, -(count - number) * 48);
    // The version's id exists before its row: its sealing context names it (lib/bids/contexts, as submitBid seals).
    const versionId = randomUUID();
    const letterText = Buffer.from(`Tilbudsbrev, versjon ${number}`);
    const sealed = await sealSeedItem(tx, tenderId, Buffer.from(JSON.stringify({ ...content, version: number })), versionContext(versionId));
    const letter = await sealSeedItem(tx, tenderId, letterText, documentContext(tenderId, supplierId, sha256Hex(letterText)));
    await tx.bidVersion.create({
      data: {
        id: versionId,
        bidId,
        number,
        ciphertext: sealed.ciphertext,
        iv: sealed.iv,
        authTag: sealed.authTag,
        keyId: sealed.keyId,
        contentHash: sealed.sha256,
        submittedAt,
        replacedAt: number < count ? after(submittedAt, 48) : null,
        documents: {
          create: {
            filename: "tilbudsbrev.txt",
            mimeType: "text/plain",
            sizeBytes: letter.sizeBytes,
            sha256: letter.sha256,
            ciphertext: letter.ciphertext,
            iv: letter.iv,
            authTag: letter.authTag,
            keyId: letter.keyId,
            createdAt: submittedAt,
          },
        },
      },
    });
  }
}
