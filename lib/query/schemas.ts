import { z } from "zod";

/** Input of a query that takes none. */
export const noInput = z.undefined();
