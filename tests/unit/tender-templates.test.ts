import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { evaluationTemplate } from "@/lib/tenders/templates";
import { MEASURE_TYPES } from "@/prisma/seed/measure-types";

describe("evaluation templates", () => {
  it.each(MEASURE_TYPES.filter((type) => type.acquisition === "PROCURED").map((type) => type.code))("%s weighs quality above price, summing to 100", (code) => {
    const template = evaluationTemplate(code);
    const quality = template.quality.reduce((sum, criterion) => sum.plus(criterion.weight), new Decimal(0));
    expect(quality.plus(template.price).toNumber()).toBe(100);
    expect(quality.toNumber()).toBeGreaterThan(template.price);
  });

  it("gives the complex-needs measures price 30 %, quality 70 % with method, staff, employers and user involvement", () => {
    const template = evaluationTemplate("OPPFOLGING");
    expect(template.price).toBe(30);
    expect(template.quality.map((criterion) => criterion.name)).toEqual([
      "Metode og gjennomføring", "Personellets kompetanse", "Samarbeid med arbeidsgivere og lokalt arbeidsmarked", "Brukermedvirkning",
    ]);
  });
});
