import type { Messages } from "./nb";
import { common } from "./en/common";
import { errors } from "./en/errors";
import { admin } from "./en/admin";
import { tenders } from "./en/tenders";
import { dialogue } from "./en/dialogue";

/** English. Typed against nb so a missing key fails the typecheck. */
export const en: Messages = { ...common, ...errors, ...admin, ...tenders, ...dialogue };
