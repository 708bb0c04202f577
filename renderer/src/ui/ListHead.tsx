// The head of a list pane: the page's heading with its "add" link, then the search box, then whatever the list
// adds below (filters, a pinned link). Briefs, Clients and Messages share it.
import type { ReactNode } from 'react';

export interface ListHeadProps {
  headingId: string;
  heading: string;
  /** The "new …" link beside the heading. */
  add: { href: string; label: ReactNode; title?: string; primary?: boolean };
  search: { label: string; placeholder: string; value: string; onChange: (value: string) => void };
  /** Shown between the heading and the search box. */
  beforeSearch?: ReactNode;
  children?: ReactNode;
}

export function ListHead({ headingId, heading, add, search, beforeSearch, children }: ListHeadProps) {
  return (
    <div className="list-head">
      <div className="list-head-row">
        <h1 id={headingId}>{heading}</h1>
        <a className={add.primary === false ? 'btn' : 'btn primary'} href={add.href} {...(add.title ? { title: add.title } : {})}>
          {add.label}
        </a>
      </div>
      {beforeSearch}
      <input type="search" aria-label={search.label} placeholder={search.placeholder} value={search.value} onChange={(e) => search.onChange(e.target.value)} />
      {children}
    </div>
  );
}
