"use client";

import { useEffect, useState } from "react";

import { describeTimeLeft, timeLeft, type CountdownLabels } from "@/lib/time/countdown";

/**
 * "3 dager og 4 timer igjen", ticking each 30 s. The first render uses the server's clock (no hydration mismatch);
 * later ticks keep the server's offset, so a skewed browser clock does not move the deadline.
 */
export function Countdown({ deadline, serverNow, labels }: { deadline: string; serverNow: string; labels: CountdownLabels }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    const offset = new Date(serverNow).getTime() - Date.now();
    const tick = () => setNow(new Date(Date.now() + offset));
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, [serverNow]);
  return <span data-countdown="">{describeTimeLeft(timeLeft(new Date(deadline), now), labels)}</span>;
}
