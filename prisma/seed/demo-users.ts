import type { Role } from "@/lib/generated/prisma/client";
import type { RegionCode } from "./regions";

export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Region scope (OFFICER, EVALUATOR, regional MANAGER). */
  region?: RegionCode;
  /** Supplier (domain key from supplier-data) for SUPPLIER_USER. */
  supplier?: string;
  description: string;
};

/** Log-ins for demo mode only (npm start prints them). Never used outside a seeded demo database. */
export const DEMO_USERS: DemoUser[] = [
  { email: "admin@tiltaksanbud.no", name: "Ingrid Haugland", role: "ADMIN", password: "Demo-Admin-2026", description: "Administrator" },
  { email: "innkjoper.oslo@nav.no", name: "Lars Mikkelsen", role: "OFFICER", region: "0300", password: "Demo-Innkjop-Oslo", description: "Innkjøper, Nav Oslo" },
  { email: "innkjoper2.oslo@nav.no", name: "Sofie Dahl", role: "OFFICER", region: "0300", password: "Demo-Innkjop-Oslo-2", description: "Innkjøper, Nav Oslo (andre person ved åpning)" },
  { email: "innkjoper.vestland@nav.no", name: "Marte Solheim", role: "OFFICER", region: "1200", password: "Demo-Innkjop-Vestland", description: "Innkjøper, Nav Vestland" },
  { email: "fagperson@nav.no", name: "Kari Nordby", role: "EVALUATOR", region: "0300", password: "Demo-Fagperson-1", description: "Fagperson, Nav Oslo" },
  { email: "fagperson2@nav.no", name: "Ahmed Rashid", role: "EVALUATOR", region: "0300", password: "Demo-Fagperson-2", description: "Fagperson, Nav Oslo" },
  { email: "fagperson.vestland@nav.no", name: "Silje Brekke", role: "EVALUATOR", region: "1200", password: "Demo-Fagperson-Vest", description: "Fagperson, Nav Vestland" },
  { email: "fagperson2.vestland@nav.no", name: "Jonas Hauge", role: "EVALUATOR", region: "1200", password: "Demo-Fagperson-Vest-2", description: "Fagperson, Nav Vestland" },
  { email: "leder@nav.no", name: "Per Olav Strand", role: "MANAGER", password: "Demo-Leder-Nasjonal", description: "Leder, nasjonal (lesetilgang alle regioner)" },
  { email: "leder.oslo@nav.no", name: "Hanne Berg", role: "MANAGER", region: "0300", password: "Demo-Leder-Oslo", description: "Leder, Nav Oslo (godkjenner)" },
  { email: "leder.vestland@nav.no", name: "Eirik Vik", role: "MANAGER", region: "1200", password: "Demo-Leder-Vestland", description: "Leder, Nav Vestland (godkjenner)" },
  { email: "post@jobbveien.no", name: "Camilla Lie", role: "SUPPLIER_USER", supplier: "jobbveien.no", password: "Demo-Jobbveien", description: "Leverandør: Jobbveien AS" },
  { email: "post@arbeidsglede.no", name: "Tor Helge Moen", role: "SUPPLIER_USER", supplier: "arbeidsglede.no", password: "Demo-Arbeidsglede", description: "Leverandør: Stiftelsen Arbeidsglede (ideell)" },
  { email: "post@bergeninkludering.no", name: "Nina Aasen", role: "SUPPLIER_USER", supplier: "bergeninkludering.no", password: "Demo-Bergen-Inkludering", description: "Leverandør: Bergen Arbeidsinkludering AS" },
];
