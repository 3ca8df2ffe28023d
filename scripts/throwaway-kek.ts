import { randomBytes } from "node:crypto";

/*
 * Imported first by scripts that fill a throwaway database (the history benchmark's): its demo bids are sealed under
 * a throwaway key-encryption key, as `npm start --test` does, unless BID_KEK is given. Runs before lib/env is read.
 */
process.env.BID_KEK ??= randomBytes(32).toString("base64url");
