import { addDaysToDay, type IsoDay } from "./calendar";

/**
 * A contract's period from the tender's terms: the base term (Tender.contractMonths) from the start day, and the
 * latest end with every option exercised, read from the option model ("2+1+1": two years, then two one-year options;
 * "none": no options). Days are Oslo calendar days; the contract ends the day before the same date months later.
 */
export interface ContractPeriod {
  startsOn: IsoDay;
  endsOn: IsoDay;
  maxEndsOn: IsoDay;
  optionMonths: number;
}

const MODEL = /^\d+(\+\d+)*$/;

/** The months of options in an option model ("2+1+1" → 24); "none" or a base term alone → 0. */
export function optionMonthsOf(optionModel: string): number {
  if (optionModel === "none") return 0;
  if (!MODEL.test(optionModel)) throw new RangeError(`not an option model: ${optionModel}`);
  return optionModel.split("+").slice(1).reduce((sum, years) => sum + Number(years) * 12, 0);
}

function addMonths(day: IsoDay, months: number): IsoDay {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  // A start on the 31st ends on the last day of a shorter month, not in the month after.
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date, last))).toISOString().slice(0, 10);
}

export function contractPeriod(startsOn: IsoDay, contractMonths: number, optionModel: string): ContractPeriod {
  addDaysToDay(startsOn, 0); // validates the day
  if (!Number.isInteger(contractMonths) || contractMonths < 1) throw new RangeError(`contractMonths must be a whole number ≥ 1, got ${contractMonths}`);
  const optionMonths = optionMonthsOf(optionModel);
  return {
    startsOn,
    endsOn: addDaysToDay(addMonths(startsOn, contractMonths), -1),
    maxEndsOn: addDaysToDay(addMonths(startsOn, contractMonths + optionMonths), -1),
    optionMonths,
  };
}
