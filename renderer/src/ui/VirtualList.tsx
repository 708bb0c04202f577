// A list that scrolls in its own box and renders only the rows in view (plus a few either side), so ten years
// of briefs scroll and filter as quickly as fifty. The windowing is @tanstack/react-virtual's, with every
// rendered row measured (rows may differ in height); what this adds is the list's semantics and its keyboard:
// ↑ ↓ Home End PageUp PageDown move focus between rows, rendering the row first when it is out of view, and a
// focused row stays rendered while it is scrolled away, so focus is never dropped on the page.
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 8;

/** The rows: an array, or a count and the row at a position (so no array of every match is built per keystroke). */
type Rows<T> = { items: readonly T[]; count?: never; itemAt?: never } | { items?: never; count: number; itemAt: (index: number) => T };

type VirtualListProps<T> = Rows<T> & {
  /** The list's accessible name, as on a plain list. `className` goes on the scrolling box around it. */
  label: string;
  className?: string;
  /** A first guess at a row's height in pixels, until rows are measured. */
  estimatedRowHeight?: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
};

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The row a key moves focus to from `from`, or null when the key is not one the list handles. */
export function rowAfterKey(key: string, from: number, count: number, perPage: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, from + 1);
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, from + Math.max(1, perPage));
    case 'PageUp':
      return Math.max(0, from - Math.max(1, perPage));
    default:
      return null;
  }
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { label, className, estimatedRowHeight = 58, itemKey, renderItem } = props;
  const count = props.items ? props.items.length : props.count;
  const items = props.items;
  const itemAt = props.itemAt ?? ((i: number) => items![i]!);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The row holding focus (or about to): kept rendered even when scrolled out of the window.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex === null || focusIndex >= range.count || indexes.includes(focusIndex)) return indexes;
      return [...indexes, focusIndex].sort((a, b) => a - b);
    },
    [focusIndex],
  );
  const estimateSize = useCallback(() => estimatedRowHeight, [estimatedRowHeight]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: OVERSCAN,
    rangeExtractor,
    // Before the box has a size (the first render, or a test page), assume a window's worth of rows.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : Math.min(window.innerHeight || 800, 800) },
  });

  // Focus moves once the row it goes to has been rendered.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    if (!row) return;
    pendingFocus.current = null;
    const control = row.querySelector<HTMLElement>(FOCUSABLE) ?? row;
    control.focus({ preventScroll: true });
    virtualizer.scrollToIndex(target, { align: 'auto' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row === null) return;
    const from = Number(row.dataset.index);
    const rowHeight = row.getBoundingClientRect().height || estimatedRowHeight;
    const perPage = Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 1;
    const to = rowAfterKey(event.key, from, count, perPage);
    if (to === null) return;
    event.preventDefault();
    if (to === from) return;
    pendingFocus.current = to;
    setFocusIndex(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };

  const rows = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className={className}>
      <ul
        ref={listRef}
        aria-label={label}
        className="virtual-list"
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
          if (row !== null) setFocusIndex(Number(row.dataset.index));
        }}
        onBlur={(event) => {
          if (!listRef.current?.contains(event.relatedTarget as Node | null)) setFocusIndex(null);
        }}
      >
        {rows.map((row) => {
          const item = itemAt(row.index);
          return (
            <li
              key={itemKey(item)}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="virtual-row"
              aria-setsize={count}
              aria-posinset={row.index + 1}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item, row.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
