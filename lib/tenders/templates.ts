/**
 * Evaluation templates a draft starts from, per measure type: quality weighted above price, as the source documents
 * ask. Criterion names are tender text (Norwegian, the language of the tender documents). Sub-criterion weights are
 * percent of the total and sum to the quality weight; the officer adapts them before announcing.
 */
export interface CriterionTemplate {
  name: string;
  description: string;
  weight: number;
}

export interface EvaluationTemplate {
  price: number;
  quality: CriterionTemplate[];
}

/** For measures for people with complex needs: price 30 %, quality 70 %. */
const COMPLEX_NEEDS: EvaluationTemplate = {
  price: 30,
  quality: [
    { name: "Metode og gjennomføring", description: "Hvordan tiltaket gjennomføres, tilpasset deltakernes behov.", weight: 25 },
    { name: "Personellets kompetanse", description: "Kompetanse og erfaring hos de som skal følge opp deltakerne.", weight: 20 },
    { name: "Samarbeid med arbeidsgivere og lokalt arbeidsmarked", description: "Nettverk og metoder for å skaffe og beholde arbeid.", weight: 15 },
    { name: "Brukermedvirkning", description: "Hvordan deltakerne påvirker sitt eget løp og tiltaket.", weight: 10 },
  ],
};

/** Training measures: the course content and its relevance carry the quality weight. */
const TRAINING: EvaluationTemplate = {
  price: 40,
  quality: [
    { name: "Faglig innhold og opplegg", description: "Kursets innhold, progresjon og tilpasning.", weight: 30 },
    { name: "Undervisernes kompetanse", description: "Faglig og pedagogisk kompetanse.", weight: 15 },
    { name: "Relevans for arbeidsmarkedet", description: "Hvordan opplæringen fører til arbeid i regionen.", weight: 15 },
  ],
};

const BY_MEASURE: Readonly<Record<string, EvaluationTemplate>> = {
  AVKLARING: COMPLEX_NEEDS,
  OPPFOLGING: COMPLEX_NEEDS,
  ARBEIDSRETTET_REHABILITERING: COMPLEX_NEEDS,
  DIGITALT_OPPFOLGINGSTILTAK: COMPLEX_NEEDS,
  JOBBKLUBB: COMPLEX_NEEDS,
  GRUPPE_ARBEIDSMARKEDSOPPLAERING: TRAINING,
  GRUPPE_FAG_OG_YRKESOPPLAERING: TRAINING,
  ENKELTPLASS_ARBEIDSMARKEDSOPPLAERING: TRAINING,
  ENKELTPLASS_FAG_OG_YRKESOPPLAERING: TRAINING,
};

/** The template for a measure type's code; complex-needs weighting for any code without its own. */
export function evaluationTemplate(measureCode: string): EvaluationTemplate {
  return BY_MEASURE[measureCode] ?? COMPLEX_NEEDS;
}
