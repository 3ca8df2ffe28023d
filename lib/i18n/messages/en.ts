import type { Messages } from "./nb";
import { common } from "./en/common";
import { errors } from "./en/errors";
import { admin } from "./en/admin";
import { tenders } from "./en/tenders";
import { questions } from "./en/questions";
import { draftModel } from "./en/draft-model";
import { documents } from "./en/documents";
import { dialogue } from "./en/dialogue";
import { suppliers } from "./en/suppliers";
import { bids } from "./en/bids";
import { api } from "./en/api";
import { awards } from "./en/awards";

/** English. Typed against nb so a missing key fails the typecheck. */
export const en: Messages = { ...common, ...errors, ...admin, ...tenders, ...questions, ...draftModel, ...documents, ...dialogue, ...suppliers, ...bids, ...api, ...awards, ...analytics, ...history, ...apiBids, ...notifications, ...evaluation, ...opening, ...protocol, ...portal };
import { analytics } from "./en/analytics";
import { history } from "./en/history";
import { apiBids } from "./en/api-bids";
import { notifications } from "./en/notifications";
import { evaluation } from "./en/evaluation";
import { opening } from "./en/opening";
import { protocol } from "./en/protocol";
import { portal } from "./en/portal";
