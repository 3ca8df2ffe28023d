import "server-only";

import { headers } from "next/headers";

import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";

/** The client's address of the current request, for rate limits (see lib/security/client-address for whom we believe). */
export async function requestClientAddress(): Promise<string> {
  const all = await headers();
  return clientAddress(all, env().TRUSTED_PROXIES, env().PEER_ADDRESS_TOKEN);
}
