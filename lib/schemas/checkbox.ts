import { z } from "zod";

/** An HTML checkbox as forms send it ("on", or absent) and JSON clients do (true/false, "true"). */
export const ZCheckbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
