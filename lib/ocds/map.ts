import Decimal from "decimal.js";

import { NAV_LEGAL_NAME, NAV_ORGNR, ocidFor } from "./config";
import type { ProcessBundle, ReleaseKind } from "./load";
import type { Release } from "./types";

/*
 * One process (a market dialogue and/or a competition) → its OCDS releases, one per lifecycle event. Every text is
 * left out when empty (the data review flags empty strings); amounts are NOK with øre as decimals.
 */
type Tender = NonNullable<ProcessBundle["tender"]>;
type Json = Record<string, unknown>;

const nok = (ore: bigint) => ({ amount: new Decimal(ore.toString()).div(100).toNumber(), currency: "NOK" });
const iso = (date: Date) => date.toISOString();
/** The field only when it has text. */
const text = (name: string, value: string | null | undefined): Json => (value && value.trim() !== "" ? { [name]: value.trim() } : {});

const PROCUREMENT_METHOD: Record<Tender["procedure"], string> = {
  OPEN: "open", RESTRICTED: "selective", NEGOTIATED_WITH_NOTICE: "selective", COMPETITIVE_DIALOGUE: "selective", INNOVATION_PARTNERSHIP: "selective", LIGHT_REGIME: "open",
};
const PROCEDURE_DETAILS: Record<Tender["procedure"], string> = {
  OPEN: "Åpen anbudskonkurranse", RESTRICTED: "Begrenset anbudskonkurranse", NEGOTIATED_WITH_NOTICE: "Konkurranse med forhandling",
  COMPETITIVE_DIALOGUE: "Konkurransepreget dialog", INNOVATION_PARTNERSHIP: "Innovasjonspartnerskap", LIGHT_REGIME: "Forenklet prosedyre (FOA del IV)",
};
/** Reserved competitions (FOA §§ 8-8, 30-3): the otherRequirements extension's codes. */
const RESERVED: Record<Tender["reservation"], string[] | null> = { NONE: null, WORK_INCLUSION: ["shelteredWorkshop"], IDEAL: ["publicServiceMissionOrganization"] };

const supplierPartyId = (orgnr: string) => `NO-BRC-${orgnr}`;
const BUYER_ID = `NO-BRC-${NAV_ORGNR}`;

function buyerParty(region: { code: string; name: string }): Json {
  return { id: BUYER_ID, name: region.name, identifier: { scheme: "NO-BRC", id: NAV_ORGNR, legalName: NAV_LEGAL_NAME }, roles: ["buyer", "procuringEntity"] };
}

function supplierParty(supplier: { orgnr: string; name: string }): Json {
  return { id: supplierPartyId(supplier.orgnr), name: supplier.name, identifier: { scheme: "NO-BRC", id: supplier.orgnr, legalName: supplier.name }, roles: ["supplier"] };
}

function base(bundle: ProcessBundle, kind: ReleaseKind, suffix: string, date: Date, region: { code: string; name: string }, parties: Json[] = []): Release {
  const ocid = ocidFor(bundle.processId);
  return {
    ocid, id: `${ocid}-${kind}${suffix}`, date: iso(date), tag: [TAGS[kind]], initiationType: "tender", language: "nb",
    parties: [buyerParty(region), ...parties], buyer: { id: BUYER_ID, name: region.name },
  };
}

const TAGS: Record<ReleaseKind, string> = { planning: "planning", tender: "tender", amendment: "tenderAmendment", award: "award", contract: "contract", cancellation: "tenderCancellation" };

function lotOf(tender: Tender, lot: Tender["lots"][number]): Json {
  const area = lot.municipalities.map((m) => m.municipality.name).join(", ");
  const criteria = tender.criteria.map((c) => ({
    type: c.kind === "PRICE" ? "price" : "quality", ...text("name", c.name), ...text("description", c.description),
    numbers: [{ number: new Decimal(c.weight.toString()).toNumber(), weight: "percentageExact" }],
  }));
  const reserved = lot.reservation ? RESERVED[lot.reservation] : null;
  return {
    id: lot.id, title: lot.title, status: "active",
    description: `${lot.places} tiltaksplasser; ${area || tender.region.name}`,
    ...(criteria.length > 0 ? { awardCriteria: { criteria } } : {}),
    ...(reserved ? { otherRequirements: { reservedParticipation: reserved } } : {}),
  };
}

function tenderRelease(bundle: ProcessBundle, tender: Tender): Release {
  const kinds = new Set(tender.criteria.map((c) => c.kind));
  const reserved = RESERVED[tender.reservation];
  return {
    ...base(bundle, "tender", "", tender.announcedAt!, tender.region),
    tender: {
      id: bundle.processId, title: tender.title, ...text("description", tender.description), status: "active",
      value: nok(tender.estimatedValueOre), procurementMethod: PROCUREMENT_METHOD[tender.procedure], procurementMethodDetails: PROCEDURE_DETAILS[tender.procedure],
      mainProcurementCategory: "services",
      ...(kinds.size > 0 ? { awardCriteria: kinds.size === 2 ? "ratedCriteria" : kinds.has("PRICE") ? "priceOnly" : "qualityOnly" } : {}),
      items: [{ id: "1", description: tender.measureType.nameNb, classification: { scheme: "NAV-TILTAKSKODE", id: tender.measureType.code, description: tender.measureType.nameNb } }],
      tenderPeriod: { startDate: iso(tender.announcedAt!), ...(tender.deadline ? { endDate: iso(tender.deadline) } : {}) },
      ...(tender.questionDeadline ? { enquiryPeriod: { endDate: iso(tender.questionDeadline) } } : {}),
      contractPeriod: { durationInDays: Math.round((tender.contractMonths * 365) / 12) },
      ...(reserved ? { otherRequirements: { reservedParticipation: reserved } } : {}),
      lots: tender.lots.map((lot) => lotOf(tender, lot)),
    },
  };
}

function awardRelease(bundle: ProcessBundle, tender: Tender, award: Tender["awards"][number]): Release {
  const supplier = award.winningBid.supplier;
  const lot = tender.lots.find((l) => l.id === award.lotId);
  // After opening the number of bids is public; who else bid and what they offered is not.
  const bidders = new Set(tender.bids.map((b) => b.supplierId));
  return {
    ...base(bundle, "award", `-${award.id}`, award.sentAt!, tender.region, [supplierParty(supplier)]),
    tender: { id: bundle.processId, ...(tender.openedAt ? { numberOfTenderers: bidders.size } : {}) },
    ...(tender.openedAt && lot ? { bids: { statistics: [{ id: `${lot.id}-bids`, measure: "bids", value: tender.bids.filter((b) => b.lotId === lot.id).length, relatedLot: lot.id }] } } : {}),
    awards: [{
      id: award.id, status: "active", date: iso(award.sentAt!), relatedLots: [award.lotId],
      ...(award.winningBid.priceOre !== null ? { value: nok(award.winningBid.priceOre) } : {}),
      suppliers: [{ id: supplierPartyId(supplier.orgnr), name: supplier.name }],
    }],
  };
}

const CONTRACT_STATUS: Record<Tender["contracts"][number]["status"], string> = { ACTIVE: "active", EXPIRED: "terminated", TERMINATED: "terminated" };

function contractRelease(bundle: ProcessBundle, tender: Tender, contract: Tender["contracts"][number]): Release {
  return {
    ...base(bundle, "contract", `-${contract.id}`, contract.signedAt, tender.region, [supplierParty(contract.supplier)]),
    contracts: [{
      id: contract.id, awardID: contract.awardDecisionId, status: CONTRACT_STATUS[contract.status], value: nok(contract.valueOre), dateSigned: iso(contract.signedAt),
      period: { startDate: iso(contract.startsOn), endDate: iso(contract.endsOn), maxExtentDate: iso(contract.maxEndsOn) },
    }],
  };
}

/** Every release of the process, in publication order. */
export function releasesOf(bundle: ProcessBundle): Release[] {
  const releases: Release[] = [];
  const { dialogue, tender } = bundle;
  if (dialogue?.publishedAt) {
    releases.push({
      ...base(bundle, "planning", "", dialogue.publishedAt, dialogue.region),
      planning: { ...text("rationale", dialogue.description), milestones: [{ id: "response-deadline", title: "Svarfrist for markedsdialogen", type: "engagement", dueDate: iso(dialogue.responseDeadline) }] },
      tender: {
        id: bundle.processId, title: dialogue.title, status: "planning", mainProcurementCategory: "services",
        items: [{ id: "1", description: dialogue.measureType.nameNb, classification: { scheme: "NAV-TILTAKSKODE", id: dialogue.measureType.code, description: dialogue.measureType.nameNb } }],
      },
    });
  }
  if (tender?.announcedAt) {
    releases.push(tenderRelease(bundle, tender));
    for (const amendment of tender.amendments) {
      releases.push({
        ...base(bundle, "amendment", `-${amendment.number}`, amendment.publishedAt, tender.region),
        tender: {
          id: bundle.processId,
          ...(amendment.newDeadline ? { tenderPeriod: { endDate: iso(amendment.newDeadline) } } : {}),
          amendments: [{ id: String(amendment.number), date: iso(amendment.publishedAt), ...text("description", amendment.summary) }],
        },
      });
    }
    for (const award of tender.awards) releases.push(awardRelease(bundle, tender, award));
    for (const contract of tender.contracts) releases.push(contractRelease(bundle, tender, contract));
    if (tender.status === "CANCELLED" && tender.cancelledAt) {
      releases.push({ ...base(bundle, "cancellation", "", tender.cancelledAt, tender.region), tender: { id: bundle.processId, status: "cancelled" } });
    }
  }
  return releases.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The release of one event (entity) of a process, if the process publishes it. */
export function releaseFor(bundle: ProcessBundle, kind: ReleaseKind, entityId: string): Release | undefined {
  const ocid = ocidFor(bundle.processId);
  const suffix = kind === "award" || kind === "contract" ? `-${entityId}` : kind === "amendment" ? `-${bundle.tender?.amendments.find((a) => a.id === entityId)?.number}` : "";
  return releasesOf(bundle).find((release) => release.id === `${ocid}-${kind}${suffix}`);
}
