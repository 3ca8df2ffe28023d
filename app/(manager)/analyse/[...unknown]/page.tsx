import { notFound } from "next/navigation";

/**
 * An unknown path inside the area: the area's layout refuses a role that may not enter (403) before this says 404,
 * so the area's routes cannot be enumerated by someone outside it.
 */
export default function UnknownInArea() {
  notFound();
}
