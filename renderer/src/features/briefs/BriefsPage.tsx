// Briefs: a filterable list on the left, the chosen brief (or a new one) on the right.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type BriefFields, type BriefStatus, briefStatus, briefStatusLabels, emptyBriefFields } from '../../../../shared/model/brief';
import { api } from '../../api/client';
import { href, navigate, type Route } from '../../app/router';
import { useApiQuery, useCreate } from '../../api/queries';
import { briefKeys, clientKeys } from '../../api/queryKeys';
import { SelectField } from '../../ui/Field';
import { ListHead } from '../../ui/ListHead';
import { VirtualList } from '../../ui/VirtualList';
import { buildGrams, filterBriefs, indexBriefs } from '../../../../shared/domain/briefFilter';
import { formatDay } from '../../../../shared/domain/dateDisplay';
import { markFilterInput, useFilterRendered } from './filterTiming';
import { BriefDetail } from './BriefDetail';
import { BriefForm } from './BriefForm';
import { briefText } from './text';

export function BriefsPage({ route }: { route: Route }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<BriefStatus | ''>('');
  // Every brief's row once (again on a data change); filtering happens here, on an index, not per keystroke over IPC.
  const briefs = useApiQuery(briefKeys.rows(), () => api.briefs.rows({}), { dependsOn: ['clients'] });
  const index = useMemo(() => indexBriefs(briefs.data ?? []), [briefs.data]);
  useEffect(() => buildGrams(index, (step) => setTimeout(step, 0)), [index]);
  const matches = useMemo(() => filterBriefs(index, query, status), [index, query, status]);
  useFilterRendered(matches);
  const clients = useApiQuery(clientKeys.list(), () => api.clients.list({}));
  const creating = route.params.get('new') === '1';
  const count = matches.positions.length;
  const briefAt = useCallback((i: number) => index.briefs[matches.positions[i]!]!, [index, matches]);
  const filtered = query !== '' || status !== '';
  return (
    <div className="page">
      <section className="list-pane" aria-labelledby="briefs-heading">
        <ListHead
          headingId="briefs-heading"
          heading={briefText.heading}
          add={{ href: href('briefs', null, { new: '1' }), label: briefText.add, title: 'New brief (Ctrl+N)' }}
          search={{
            label: briefText.searchLabel,
            placeholder: 'Filter by title, client or words',
            value: query,
            onChange: (value) => {
              markFilterInput();
              setQuery(value);
            },
          }}
        >
          <select aria-label={briefText.statusFilterLabel} value={status} onChange={(e) => setStatus(e.target.value as BriefStatus | '')}>
            <option value="">{briefText.allStatuses}</option>
            {briefStatus.options.map((s) => (
              <option key={s} value={s}>
                {briefStatusLabels[s]}
              </option>
            ))}
          </select>
        </ListHead>
        <VirtualList
          className="list"
          label="Briefs"
          count={count}
          itemAt={briefAt}
          itemKey={(b) => b.id}
          renderItem={(b) => (
            <a className="list-item" href={href('briefs', b.id)} aria-current={route.id === b.id ? 'true' : undefined}>
              <span className="title">{b.title}</span>
              <span className="meta">
                {b.clientName} · {briefStatusLabels[b.status]}
                {b.deadline ? ` · due ${formatDay(b.deadline)}` : ''}
              </span>
            </a>
          )}
        />
        {!briefs.loading && count === 0 && filtered ? (
          <p className="muted" style={{ padding: '1rem' }}>
            {briefText.noMatches}
          </p>
        ) : null}
      </section>
      <section className="detail-pane" aria-label="Brief details">
        {creating ? (
          <NewBrief clientId={route.params.get('client')} clients={clients.data ?? []} />
        ) : route.id ? (
          <BriefDetail key={route.id} id={route.id} />
        ) : !briefs.loading && count === 0 && !filtered ? (
          <div className="empty">
            <h2>{briefText.emptyTitle}</h2>
            <p>{briefText.emptyBody}</p>
            {(clients.data ?? []).length === 0 ? (
              <>
                <p>{briefText.emptyNoClients}</p>
                <a className="btn primary" href={href('clients', null, { new: '1' })}>
                  New client
                </a>
              </>
            ) : (
              <a className="btn primary" href={href('briefs', null, { new: '1' })}>
                {briefText.add}
              </a>
            )}
          </div>
        ) : (
          <p className="muted">{briefText.pickOne}</p>
        )}
      </section>
    </div>
  );
}

function NewBrief({ clientId, clients }: { clientId: string | null; clients: { id: string; name: string }[] }) {
  const [client, setClient] = useState(clientId ?? '');
  const [draft, setDraft] = useState<BriefFields>(emptyBriefFields);
  const create = useCreate(api.briefs.create, (created) => navigate('briefs', created.id));
  const { errors, message } = create;
  const chosen = client || clients[0]?.id || '';

  if (clients.length === 0) {
    return (
      <div className="empty">
        <h2>{briefText.createHeading}</h2>
        <p>{briefText.emptyNoClients}</p>
        <a className="btn primary" href={href('clients', null, { new: '1' })}>
          New client
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={create.submit({ clientId: chosen, fields: draft })} noValidate aria-labelledby="new-brief-heading">
      <h2 id="new-brief-heading">{briefText.createHeading}</h2>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <div style={{ maxWidth: 360 }}>
        <SelectField
          label={briefText.clientLabel}
          value={chosen}
          options={clients.map((c) => ({ value: c.id, label: c.name }))}
          onChange={setClient}
          error={errors.clientId}
        />
      </div>
      <BriefForm draft={draft} onChange={setDraft} errors={errors} autoFocus />
      <div className="actions">
        <button type="submit" className="btn primary">
          {briefText.createButton}
        </button>
        <a className="btn" href={href('briefs')}>
          Cancel
        </a>
      </div>
    </form>
  );
}
