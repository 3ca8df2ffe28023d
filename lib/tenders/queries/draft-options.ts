import { defineListQuery, definePublicQuery, noInput, scopeWhere } from "@/lib/query";

/**
 * Measure types with how each is acquired. Public: the same names stand on every published notice, and the
 * new-competition form shows why some cannot be tendered.
 */
export const listMeasureTypes = definePublicQuery({
  name: "tenders.listMeasureTypes",
  input: noInput,
  load: ({ db }) =>
    db.measureType.findMany({ where: { active: true }, orderBy: { nameNb: "asc" }, select: { id: true, code: true, nameNb: true, nameEn: true, acquisition: true } }),
});

/** The regions the officer may start a competition in. */
export const listDraftRegions = defineListQuery({
  name: "tenders.listDraftRegions",
  action: "tender.create",
  input: noInput,
  load: ({ db, scope }) =>
    db.region.findMany({ where: scopeWhere(scope, ({ regionId }) => ({ id: regionId })), orderBy: { name: "asc" }, select: { id: true, name: true } }),
  scopeOf: (region) => ({ regionId: region.id }),
});

/** The dated thresholds lib/rules decides the regime with. Public: they are the law's published figures. */
export const listThresholds = definePublicQuery({
  name: "tenders.listThresholds",
  input: noInput,
  load: ({ db }) => db.threshold.findMany({ select: { kind: true, authorityType: true, valueOre: true, validFrom: true, validTo: true } }),
});

/** The regions in force, as they stand on the notices (the public list filters by them). Public. */
export const listPublicRegions = definePublicQuery({
  name: "tenders.listPublicRegions",
  input: noInput,
  load: ({ db, now }) =>
    db.region.findMany({ where: { OR: [{ validTo: null }, { validTo: { gt: now } }] }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
});
