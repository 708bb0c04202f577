// The "print" command (Ctrl/Cmd+P, or File › Print summary…) reaches whichever summary is open. The app shell
// forwards the command here; a summary screen listens while it is on screen. With none open, nothing happens.
import { useEffect, useRef } from 'react';

const listeners = new Set<() => void>();

export function requestSummaryPrint(): void {
  for (const listener of listeners) listener();
}

export function usePrintCommand(onPrint: () => void): void {
  const latest = useRef(onPrint);
  latest.current = onPrint;
  useEffect(() => {
    const listener = () => latest.current();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
