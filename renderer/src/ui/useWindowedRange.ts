// Windowing for long lists whose rows differ in height (paper-trail entries, incident rows): only the rows
// near the view are rendered, and spacers stand in for the rest. Each row's height is remembered once seen
// (unseen rows count at the average), so positions settle instead of drifting. Short lists (the usual case)
// render in full, so nothing changes until a list really grows.
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

export const WINDOW_THRESHOLD = 60;
const OVERSCAN_PX = 600;

export interface WindowedRange {
  start: number;
  end: number;
  /** Height in pixels standing in for the rows before `start` and after `end`. */
  padTop: number;
  padBottom: number;
}

/** Rows inside `listRef` carry `data-row={index}`; spacers must not. */
export function useWindowedRange(count: number, listRef: RefObject<HTMLElement | null>, estimatedRowHeight = 90): WindowedRange {
  const windowed = count > WINDOW_THRESHOLD;
  const heights = useRef(new Map<number, number>());
  const [range, setRange] = useState<WindowedRange>({ start: 0, end: Math.min(count, WINDOW_THRESHOLD), padTop: 0, padBottom: 0 });

  useLayoutEffect(() => {
    const list = listRef.current;
    heights.current.clear();
    if (!windowed || list === null) return;
    const update = () => {
      list.querySelectorAll<HTMLElement>('[data-row]').forEach((row) => {
        const index = Number(row.dataset.row);
        if (Number.isInteger(index)) heights.current.set(index, row.getBoundingClientRect().height);
      });
      const known = [...heights.current.values()];
      const average = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : estimatedRowHeight;
      // Measured against the window, so it works whichever pane around the list is the one that scrolls.
      const viewTop = -list.getBoundingClientRect().top - OVERSCAN_PX;
      const viewBottom = viewTop + window.innerHeight + 2 * OVERSCAN_PX;
      let offset = 0;
      let start = count;
      let end = count;
      let padTop = 0;
      for (let i = 0; i < count; i++) {
        const height = heights.current.get(i) ?? average;
        if (start === count && offset + height > viewTop) {
          start = i;
          padTop = offset;
        }
        if (offset > viewBottom) {
          end = i;
          break;
        }
        offset += height;
      }
      if (start === count) padTop = offset;
      let total = offset;
      for (let i = end; i < count; i++) total += heights.current.get(i) ?? average;
      const next = { start: Math.min(start, end), end, padTop, padBottom: total - offset };
      setRange((previous) =>
        previous.start === next.start &&
        previous.end === next.end &&
        Math.abs(previous.padTop - next.padTop) < 1 &&
        Math.abs(previous.padBottom - next.padBottom) < 1
          ? previous
          : next,
      );
    };
    update();
    // Scroll events do not bubble, but they can be caught on the way down from the document.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    // Rows just rendered are measured on the next frame, so their real heights replace the average.
    const observer = new MutationObserver(() => requestAnimationFrame(update));
    observer.observe(list, { childList: true });
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, [windowed, count, listRef, estimatedRowHeight]);

  if (!windowed) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const end = Math.min(range.end, count);
  return { ...range, start: Math.min(range.start, end), end };
}
