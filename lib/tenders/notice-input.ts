import { createHash } from "node:crypto";

import type { NoticeTender } from "@/lib/notices";
import { NAV_ORGANISATION } from "@/lib/notices";
import { publicNotice, ROUTES } from "@/lib/routes";

import { lotMunicipalityNames, resultsBasedOf } from "./draft-facts";
import type { PublishedTender } from "./queries/published-tender";

/** A stable UUID from a name (the same tender and version always give the same notice id). */
function uuidFrom(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A published tender as the contract notice's input; `baseUrl` is the public URL documents and bids are reached at. */
export function noticeInputFor(tender: PublishedTender & { announcedAt: Date; deadline: Date }, baseUrl: string): NoticeTender {
  const children = (parentId: string) => tender.criteria.filter((criterion) => criterion.parentId === parentId);
  const noticeUrl = `${baseUrl}${publicNotice(tender.id)}`;
  return {
    notice: { id: uuidFrom(`notice:${tender.id}:${tender.version}`), version: 1, issuedAt: tender.announcedAt },
    procedureId: uuidFrom(`procedure:${tender.id}`),
    reference: tender.reference,
    title: tender.title,
    description: tender.description,
    measureType: { code: tender.measureType.code, nameNb: tender.measureType.nameNb },
    regime: tender.regime,
    procedure: tender.procedure,
    reservation: tender.reservation,
    reservationBasis: tender.reservationBasis,
    estimatedValueOre: tender.estimatedValueOre,
    contractMonths: tender.contractMonths,
    optionModel: tender.optionModel,
    questionDeadline: tender.questionDeadline,
    deadline: tender.deadline,
    documentsUrl: noticeUrl,
    submissionUrl: `${baseUrl}${ROUTES.portal}`,
    buyer: {
      organisationName: NAV_ORGANISATION.name,
      organisationNumber: NAV_ORGANISATION.organisationNumber,
      regionName: tender.region.name,
      city: tender.region.seat,
      contactEmail: "anskaffelser@nav.no",
      websiteUrl: baseUrl,
    },
    lots: tender.lots.map((lot) => {
      const municipalities = lotMunicipalityNames(lot);
      return {
        number: lot.number,
        title: lot.title,
        places: lot.places,
        volumeNote: lot.volumeNote,
        areaName: municipalities.length > 0 ? municipalities.join(", ") : `Hele ${tender.region.name}`,
        municipalities,
        ...(lot.reservation ? { reservation: lot.reservation, reservationBasis: lot.reservationBasis } : {}),
      };
    }),
    resultsBased: resultsBasedOf(tender),
    criteria: tender.criteria
      .filter((criterion) => criterion.parentId === null)
      .map((criterion) => ({
        kind: criterion.kind,
        name: criterion.name,
        description: criterion.description,
        weight: criterion.weight.toString(),
        subCriteria: children(criterion.id).map((child) => ({ name: child.name, description: child.description, weight: child.weight.toString() })),
      })),
  };
}
