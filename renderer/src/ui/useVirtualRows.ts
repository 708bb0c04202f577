// Windowing for long lists that scroll with their page rather than in a box of their own (paper-trail entries,
// incident rows): @tanstack/react-virtual, driven by the nearest scrolling pane around the list, with each
// rendered row measured. The list keeps its own markup (an <ol>, a <tbody>): rows in view render in place and
// two spacers stand in for the rest, so tables and timelines lay out as they always did. Short lists (the usual
// case) render in full, so nothing changes until a list really grows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';

export const WINDOW_THRESHOLD = 60;
const OVERSCAN = 6;
/** A short list rendered in full has nothing to measure. */
const measureNothing = () => {};

export interface VirtualRows {
  start: number;
  end: number;
  /** Height in pixels standing in for the rows before `start` and after `end`. */
  padTop: number;
  padBottom: number;
  /** Goes on each row as its `ref`, with `data-index={index}` on the same element, so its height is measured. */
  measureRow: (row: Element | null) => void;
}

/** The nearest ancestor that scrolls (its overflow lets it), or the page's own scroller. */
function scrollingAncestor(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

export function useVirtualRows(count: number, listRef: RefObject<HTMLElement | null>, estimatedRowHeight = 90): VirtualRows {
  const windowed = count > WINDOW_THRESHOLD;
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Where the list starts inside its scroller's content: what sits above it (a brief, a form) can change size.
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || list === null) return;
    const pane = scrollingAncestor(list);
    setScroller(pane);
    const place = () => {
      const top = list.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      setScrollMargin((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    place();
    const observer = new ResizeObserver(place);
    for (const child of pane.children) observer.observe(child);
    observer.observe(list);
    return () => observer.disconnect();
  }, [windowed, listRef]);

  const estimateSize = useCallback(() => estimatedRowHeight, [estimatedRowHeight]);
  const virtualizer = useVirtualizer({
    count,
    enabled: windowed && scroller !== null,
    getScrollElement: () => scroller,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight || 800 },
  });

  if (!windowed) return { start: 0, end: count, padTop: 0, padBottom: 0, measureRow: measureNothing };
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) {
    // Not yet placed: a first window from the top, so the page is never empty.
    const end = Math.min(count, WINDOW_THRESHOLD);
    return { start: 0, end, padTop: 0, padBottom: (count - end) * estimatedRowHeight, measureRow: virtualizer.measureElement };
  }
  return {
    start: first.index,
    end: last.index + 1,
    padTop: first.start - scrollMargin,
    padBottom: Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)),
    measureRow: virtualizer.measureElement,
  };
}
