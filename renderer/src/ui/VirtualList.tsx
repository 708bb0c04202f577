// A list that renders only the rows in view (plus a few either side), so ten years of briefs scroll
// and filter as quickly as fifty. Rows share one height, measured from the first row rendered; the
// rows out of view are stood in for by padding on the list inside the scrolling box (padding on the
// scrolling box itself would stop it from shrinking to its pane), so the scroll bar stays true.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 6;

/** The rows: an array, or a count and the row at a position (so no array of every match is built per keystroke). */
type Rows<T> = { items: readonly T[]; count?: never; itemAt?: never } | { items?: never; count: number; itemAt: (index: number) => T };

type VirtualListProps<T> = Rows<T> & {
  /** The list's accessible name, as on a plain list. `className` goes on the scrolling box around it. */
  label: string;
  className?: string;
  /** A first guess at a row's height in pixels, until one is measured. */
  estimatedRowHeight?: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
};

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { label, className, estimatedRowHeight = 58, itemKey, renderItem } = props;
  const count = props.items ? props.items.length : props.count;
  const items = props.items;
  const itemAt = props.itemAt ?? ((i: number) => items![i]!);
  const ref = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [view, setView] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const list = ref.current;
    if (list === null) return;
    // A list never shows more than the window does, even before its pane has its final size.
    const update = () => setView({ top: list.scrollTop, height: Math.min(list.clientHeight || 800, window.innerHeight || 800) });
    update();
    list.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    // The border box: the padding that stands in for unrendered rows leaves the content box at zero.
    observer?.observe(list, { box: 'border-box' });
    return () => {
      list.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);

  // Measured once, from the first row shown: measuring on every change would force a layout per keystroke.
  const measured = useRef(false);
  useLayoutEffect(() => {
    if (measured.current) return;
    const height = ref.current?.querySelector('li')?.getBoundingClientRect().height;
    if (height === undefined || height <= 0) return;
    measured.current = true;
    if (Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [count, items, props.itemAt, rowHeight]);

  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const item = itemAt(i);
    rows.push(
      <li key={itemKey(item)} className="virtual-row" aria-setsize={count} aria-posinset={i + 1}>
        {renderItem(item, i)}
      </li>,
    );
  }
  return (
    <div ref={ref} className={className}>
      <ul aria-label={label} className="virtual-list" style={{ paddingTop: start * rowHeight, paddingBottom: Math.max(0, count - end) * rowHeight }}>
        {rows}
      </ul>
    </div>
  );
}
