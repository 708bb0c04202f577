// One section of the Today screen: a heading, a short hint and a capped list of items that each open a record.
import { useId, useState } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import { VirtualList } from '../../ui/VirtualList';
import { todayText } from './text';

/** Sections show this many items before "Show all": Today is a glance, the full lists live in their areas. */
const SHOWN = 5;
/** Past this many, "Show all" scrolls inside the section and renders only the rows in view. */
const VIRTUALISE_AFTER = 30;

export interface TodayItem {
  key: string;
  href: string;
  title: string;
  meta: string;
  /** A short status on the right, such as "Closes today". */
  badge?: string;
  /** Amber badge, with the warning icon, for time running out. */
  urgent?: boolean;
}

interface Props {
  heading: string;
  hint: string;
  icon: IconName;
  tone?: 'warning';
  items: TodayItem[];
}

export function TodaySection({ heading, hint, icon, tone, items }: Props) {
  const id = useId();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className={`today-section${tone ? ` ${tone}` : ''}`} aria-labelledby={`${id}-h`}>
      <div className="today-section-head">
        <Icon name={icon} />
        <h2 id={`${id}-h`}>
          {heading} <span className="today-count">({items.length})</span>
        </h2>
      </div>
      <p className="today-hint">{hint}</p>
      {all && items.length > VIRTUALISE_AFTER ? (
        <VirtualList
          className="today-list today-list-virtual"
          label={heading}
          items={items}
          itemKey={(item) => item.key}
          renderItem={(item) => <Row item={item} />}
        />
      ) : (
        <ul className="today-list" aria-label={heading}>
          {shown.map((item) => (
            <li key={item.key}>
              <Row item={item} />
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN ? (
        <button type="button" className="btn link today-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? todayText.showFewer : todayText.showAll(items.length)}
        </button>
      ) : null}
    </section>
  );
}

function Row({ item }: { item: TodayItem }) {
  return (
    <a className="today-item" href={item.href}>
      <span className="today-item-text">
        <span className="today-item-title">{item.title}</span>
        <span className="today-item-meta">{item.meta}</span>
      </span>
      {item.badge ? (
        <span className={`today-badge${item.urgent ? ' urgent' : ''}`}>
          {item.urgent ? <Icon name="warning" size={14} /> : null}
          {item.badge}
        </span>
      ) : null}
    </a>
  );
}
