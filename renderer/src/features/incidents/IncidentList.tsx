// The Incidents list: open or closed, with client, severity and age; each opens the flow or the detail.
import { useRef, useState } from 'react';
import type { IncidentSummary } from '../../../../shared/operations/incidents';
import { api } from '../../api/client';
import { href } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { incidentKeys } from '../../api/queryKeys';
import { Icon } from '../../ui/Icon';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { listText as t, SEVERITY_LABELS } from './text';

type Filter = keyof typeof t.filters;

/** "today", "yesterday", "3 days ago", "2 weeks ago". */
export function ageInWords(fromIso: string, to = new Date()): string {
  const days = Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  return `${Math.floor(days / 7)} weeks ago`;
}

function durationInWords(fromIso: string, toIso: string): string {
  const days = Math.floor((new Date(toIso).getTime() - new Date(fromIso).getTime()) / 86_400_000);
  return days <= 0 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
}

export function IncidentList() {
  const [filter, setFilter] = useState<Filter>('open');
  const list = useApiQuery(incidentKeys.list({ filter }), () => api.incidents.list(filter === 'all' ? {} : { status: filter }), {
    dependsOn: ['clients', 'briefs'],
  });
  const rows = list.data ?? [];
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const shown = useVirtualRows(rows.length, bodyRef, 64);
  return (
    <div className="page single">
      <div className="content-narrow" style={{ maxWidth: 980 }}>
        <div className="detail-head">
          <h1>{t.heading}</h1>
          <a className="btn primary" href={href('incidents', null, { new: '1' })}>
            {t.start}
          </a>
        </div>
        <div className="segmented" role="radiogroup" aria-label={t.filterLabel}>
          {(Object.keys(t.filters) as Filter[]).map((f) => (
            <label key={f} className={filter === f ? 'on' : undefined}>
              <input type="radio" name="incident-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
              {t.filters[f]}
            </label>
          ))}
        </div>
        {!list.loading && rows.length === 0 ? (
          <div className="empty">
            <h2>{t.emptyTitle}</h2>
            <p>{filter === 'all' ? t.emptyBody : t.emptyFiltered}</p>
          </div>
        ) : (
          <table className="simple incident-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.incident}</th>
                <th scope="col">{t.columns.client}</th>
                <th scope="col">{t.columns.severity}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.age}</th>
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {shown.padTop > 0 ? <Spacer height={shown.padTop} /> : null}
              {rows.slice(shown.start, shown.end).map((r, i) => (
                <Row key={r.id} row={r} index={shown.start + i} measure={shown.measureRow} />
              ))}
              {shown.padBottom > 0 ? <Spacer height={shown.padBottom} /> : null}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

/** Stands in for the rows out of view in a long list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="window-spacer">
      <td colSpan={5} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function Row({ row, index, measure }: { row: IncidentSummary; index: number; measure: (row: Element | null) => void }) {
  const title = row.description.trim() || t.untitled;
  return (
    <tr ref={measure} data-index={index}>
      <td>
        <a href={row.status === 'open' ? href('incidents', row.id) : href('incidents', row.id, { view: 'details' })}>
          {title.length > 90 ? `${title.slice(0, 89)}…` : title}
        </a>
        {row.briefTitle ? <div className="small muted">{row.briefTitle}</div> : null}
      </td>
      <td>{row.clientName || <span className="muted">{t.noClient}</span>}</td>
      <td>
        {row.severity ? (
          <span className={`badge severity-${row.severity}`}>
            {row.severity === 'high' ? <Icon name="warning" size={13} /> : null} {SEVERITY_LABELS[row.severity]}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>{row.status === 'open' ? t.open : t.closed}</td>
      <td className="small">{row.closedAt ? t.closedAfter(durationInWords(row.createdAt, row.closedAt)) : t.openedAgo(ageInWords(row.createdAt))}</td>
    </tr>
  );
}
