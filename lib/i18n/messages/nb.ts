import { common } from "./nb/common";
import { errors } from "./nb/errors";
import { admin } from "./nb/admin";
import { tenders } from "./nb/tenders";
import { questions } from "./nb/questions";
import { draftModel } from "./nb/draft-model";
import { documents } from "./nb/documents";
import { dialogue } from "./nb/dialogue";
import { suppliers } from "./nb/suppliers";
import { bids } from "./nb/bids";
import { api } from "./nb/api";
import { awards } from "./nb/awards";
import { analytics } from "./nb/analytics";
import { history } from "./nb/history";
import { apiBids } from "./nb/api-bids";
import { notifications } from "./nb/notifications";
import { evaluation } from "./nb/evaluation";
import { opening } from "./nb/opening";
import { protocol } from "./nb/protocol";
import { portal } from "./nb/portal";

/**
 * Norwegian bokmål: the default and the source of truth for message keys. One file per area under nb/ (and en/), so
 * each stays small enough to read; keys are unique across the files.
 */
export const nb = { ...common, ...errors, ...admin, ...tenders, ...questions, ...draftModel, ...documents, ...dialogue, ...suppliers, ...bids, ...api, ...awards, ...analytics, ...history, ...apiBids, ...notifications, ...evaluation, ...opening, ...protocol, ...portal } as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof nb>;
