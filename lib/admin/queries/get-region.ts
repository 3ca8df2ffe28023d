import { z } from "zod";

import { defineDetailQuery } from "@/lib/query";
import { id } from "@/lib/schemas";

/** One region with its settings and municipalities, for the admin's region page. */
export const getRegionForAdmin = defineDetailQuery({
  name: "admin.getRegion",
  action: "admin.reference.read",
  input: z.object({ id: id() }),
  load: ({ db, input }) =>
    db.region.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, name: true, seat: true, draftApproval: true, openingControl: true, municipalities: { orderBy: { name: "asc" }, select: { number: true, name: true } } },
    }),
});
