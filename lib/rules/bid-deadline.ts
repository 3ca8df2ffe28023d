/** The bid deadline rule (PURE): a bid is in time when it is received strictly before the deadline; at it, closed. */
export function isBeforeDeadline(receivedAt: Date, deadline: Date): boolean {
  return receivedAt.getTime() < deadline.getTime();
}
