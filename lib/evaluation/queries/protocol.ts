import { defineDetailQuery } from "@/lib/query";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

import { loadProtocolSource } from "../protocol/load";

/**
 * The procurement protocol's source (lib/evaluation/protocol): for the region's officers and managers
 * (tender.read_protocol), in any state of the competition. Carries no bid content (sealed-reads runs it).
 */
export const getProtocolSource = defineDetailQuery({
  name: "evaluation.getProtocolSource",
  action: "tender.read_protocol",
  input: ZTenderIdParam,
  load: ({ db, input }) => loadProtocolSource(db, input.id),
  scopeOf: (source) => ({ regionId: source.tender.regionId }),
});
