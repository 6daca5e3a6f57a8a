/**
 * Time left before the host stops waiting for Mercado Libre's redirect (its listener times out), as
 * m:ss. A timer role is not announced on every tick, so screen readers are not flooded.
 */
import { useEffect, useState } from 'react';

export function Countdown({ until }: { until: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.round((Date.parse(until) - now) / 1000));
  const text = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <span role="timer" className="countdown" data-testid="connect-countdown">
      {text}
    </span>
  );
}
