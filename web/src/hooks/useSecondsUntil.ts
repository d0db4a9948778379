import { useEffect, useState } from 'react';

function secondsUntil(target: number): number {
  return Number.isNaN(target) ? 0 : Math.max(0, Math.ceil((target - Date.now()) / 1000));
}

/** Whole seconds left until an ISO time, updated at most once a second; 0 when it has passed. */
export function useSecondsUntil(iso: string | undefined): number {
  const target = iso === undefined ? Number.NaN : Date.parse(iso);
  const [seconds, setSeconds] = useState(() => secondsUntil(target));

  useEffect(() => {
    setSeconds(secondsUntil(target));
    if (secondsUntil(target) <= 0) return;
    const timer = window.setInterval(() => {
      const left = secondsUntil(target);
      setSeconds(left);
      if (left <= 0) window.clearInterval(timer);
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [target]);

  return seconds;
}
