// A list that renders only the rows in view (plus a few either side), so ten years of briefs scroll
// and filter as quickly as fifty. Rows share one height, measured from the first row rendered; the
// rows out of view are stood in for by padding, so the scroll bar stays true.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 6;

interface VirtualListProps<T> {
  items: readonly T[];
  /** The list's accessible name, as on a plain list. */
  label: string;
  className?: string;
  /** A first guess at a row's height in pixels, until one is measured. */
  estimatedRowHeight?: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
}

export function VirtualList<T>({ items, label, className, estimatedRowHeight = 58, itemKey, renderItem }: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
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

  useLayoutEffect(() => {
    const first = ref.current?.querySelector('li');
    const measured = first?.getBoundingClientRect().height;
    if (measured !== undefined && measured > 0 && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
  }, [items, rowHeight]);

  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  return (
    <ul ref={ref} className={className} aria-label={label} style={{ paddingTop: start * rowHeight, paddingBottom: (items.length - end) * rowHeight }}>
      {items.slice(start, end).map((item, i) => (
        <li key={itemKey(item)} className="virtual-row" aria-setsize={items.length} aria-posinset={start + i + 1}>
          {renderItem(item, start + i)}
        </li>
      ))}
    </ul>
  );
}
