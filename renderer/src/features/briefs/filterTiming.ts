// Performance marks around the briefs filter (keystroke → list updated), read by the benchmark.
import { useEffect } from 'react';

let pending = false;

export function markFilterInput(): void {
  pending = true;
  performance.mark('briefs-filter-input');
}

/** After the list has been committed with the new matches, closes the measure the keystroke opened. */
export function useFilterRendered(result: unknown): void {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    performance.mark('briefs-filter-rendered');
    performance.measure('briefs-filter', 'briefs-filter-input', 'briefs-filter-rendered');
  }, [result]);
}
