// Clients: a searchable list on the left, the chosen client (or a new one) on the right.
import { useEffect, useState } from 'react';
import type { ClientSummary } from '../../../../shared/contract';
import { type ClientFields, defaultClientFields } from '../../../../shared/model/client';
import { api, errorMessage } from '../../api/client';
import { href, navigate, type Route } from '../../app/router';
import { useApiQuery, useCreate } from '../../api/queries';
import { briefKeys, clientKeys, incidentKeys, paperTrailKeys, settingKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../ui/Dialog';
import { ListHead } from '../../ui/ListHead';
import { plural } from '../../../../shared/domain/plural';
import { useToasts } from '../../ui/Toasts';
import { saveStateLabel, useAutosave } from '../../ui/useAutosave';
import { KeptDraftNotice } from '../../ui/KeptDraft';
import { briefStatusLabels } from '../../../../shared/model/brief';
import { ClientForm } from './ClientForm';
import { ClientChecklistSection } from '../checklists/ChecklistSections';
import { PaperTrail } from '../paperTrail/PaperTrail';
import { clientText } from './text';

export function ClientsPage({ route }: { route: Route }) {
  const [query, setQuery] = useState('');
  const clients = useApiQuery(clientKeys.list({ query }), () => api.clients.list({ query }));
  const creating = route.params.get('new') === '1';
  const list = clients.data ?? [];
  return (
    <div className="page">
      <section className="list-pane" aria-labelledby="clients-heading">
        <ListHead
          headingId="clients-heading"
          heading={clientText.heading}
          add={{ href: href('clients', null, { new: '1' }), label: clientText.add, title: 'New client (Ctrl+Shift+C)' }}
          search={{ label: clientText.searchLabel, placeholder: 'Search by name, business or email', value: query, onChange: setQuery }}
        />
        <ul className="list" aria-label="Clients">
          {list.map((c) => (
            <li key={c.id}>
              <a className="list-item" href={href('clients', c.id)} aria-current={route.id === c.id ? 'true' : undefined}>
                <span className="title">{c.name}</span>
                <span className="meta">
                  {c.business || 'No business name'} · {plural(c.openBriefCount, 'open brief', 'open briefs')}
                </span>
              </a>
            </li>
          ))}
        </ul>
        {!clients.loading && list.length === 0 && query !== '' ? (
          <p className="muted" style={{ padding: '1rem' }}>
            {clientText.noMatches}
          </p>
        ) : null}
      </section>
      <section className="detail-pane" aria-label="Client details">
        {creating ? (
          <NewClient />
        ) : route.id ? (
          <ClientDetail key={route.id} id={route.id} summary={list.find((c) => c.id === route.id)} />
        ) : !clients.loading && list.length === 0 && query === '' ? (
          <div className="empty">
            <h2>{clientText.emptyTitle}</h2>
            <p>{clientText.emptyBody}</p>
            <a className="btn primary" href={href('clients', null, { new: '1' })}>
              {clientText.add}
            </a>
          </div>
        ) : (
          <p className="muted">{clientText.pickOne}</p>
        )}
      </section>
    </div>
  );
}

function NewClient() {
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const [draft, setDraft] = useState<ClientFields>(() => defaultClientFields());
  const [touchedDays, setTouchedDays] = useState(false);
  const create = useCreate(api.clients.create, (created) => navigate('clients', created.id));
  const { errors, message } = create;
  const days = settings.data?.defaultConformityDays;
  useEffect(() => {
    if (days !== undefined && !touchedDays) setDraft((d) => ({ ...d, contract: { ...d.contract, conformityDays: days } }));
  }, [days, touchedDays]);

  return (
    <form onSubmit={create.submit({ fields: draft })} noValidate aria-labelledby="new-client-heading">
      <h2 id="new-client-heading">{clientText.createHeading}</h2>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <ClientForm
        draft={draft}
        onChange={(d) => {
          if (d.contract.conformityDays !== draft.contract.conformityDays) setTouchedDays(true);
          setDraft(d);
        }}
        errors={errors}
        autoFocus
      />
      <div className="actions">
        <button type="submit" className="btn primary">
          {clientText.createButton}
        </button>
        <a className="btn" href={href('clients')}>
          Cancel
        </a>
      </div>
    </form>
  );
}

function ClientDetail({ id, summary }: { id: string; summary: ClientSummary | undefined }) {
  const client = useApiQuery(clientKeys.detail(id), () => api.clients.get({ id }));
  const briefs = useApiQuery(briefKeys.list({ clientId: id }), () => api.briefs.list({ clientId: id }));
  const [draft, setDraft] = useState<ClientFields | null>(null);
  const [confirming, setConfirming] = useState(false);
  const toasts = useToasts();
  const autosave = useAutosave(draft, (d) => (d ? api.clients.update({ id, fields: d }) : Promise.resolve()), {
    enabled: draft !== null,
    draftKey: `client:${id}`,
  });

  useEffect(() => {
    if (client.fresh && draft === null) {
      const { name, business, email, phone, preferredChannel, timezone, contract, notes } = client.fresh;
      const fields = { name, business, email, phone, preferredChannel, timezone, contract, notes };
      setDraft(autosave.start(fields));
    }
  }, [client.fresh, draft, autosave]);

  if (client.error) return <p className="notice-inline error">{client.error}</p>;
  if (draft === null || client.data === undefined) return <p className="muted">Loading…</p>;

  const trash = async () => {
    setConfirming(false);
    try {
      const receipt = await api.clients.trash({ id });
      navigate('clients');
      toasts.show(clientText.trashed(receipt.label), {
        label: 'Undo',
        run: async () => {
          await api.trash.restore({ batchId: receipt.batchId });
          navigate('clients', id);
          toasts.show(clientText.restored(receipt.label));
        },
      });
    } catch (error) {
      toasts.show(errorMessage(error));
    }
  };

  return (
    <>
      <div className="detail-head">
        <div>
          <h2>{draft.name || client.data.name}</h2>
          <p className="muted small">{summary ? `${summary.briefCount} briefs · ${summary.openBriefCount} open` : ''}</p>
        </div>
        <div className="actions">
          <span className="save-state" aria-live="polite">
            {saveStateLabel(autosave.state)}
          </span>
          <a className="btn primary" href={href('briefs', null, { new: '1', client: id })}>
            New brief
          </a>
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {clientText.trashButton}
          </button>
        </div>
      </div>
      <KeptDraftNotice autosave={autosave} />
      <div className="section">
        <ClientForm draft={draft} onChange={setDraft} errors={autosave.errors} />
      </div>
      <div className="section">
        <h3>Briefs</h3>
        {briefs.data && briefs.data.length > 0 ? (
          <ul className="list" style={{ padding: 0 }}>
            {briefs.data.map((b) => (
              <li key={b.id}>
                <a className="list-item" href={href('briefs', b.id)}>
                  <span className="title">{b.title}</span>
                  <span className="meta">{briefStatusLabels[b.status]}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No briefs for this client yet.</p>
        )}
      </div>
      <ClientChecklistSection clientId={id} clientName={client.data.name} />
      <PaperTrail clientId={id} briefId={null} />
      <ConfirmDialog
        title={clientText.trashConfirmTitle(client.data.name)}
        open={confirming}
        confirmLabel={clientText.trashButton}
        onConfirm={() => void trash()}
        onCancel={() => setConfirming(false)}
      >
        {confirming ? <TrashClientBody clientId={id} briefs={summary?.briefCount ?? 0} /> : null}
      </ConfirmDialog>
    </>
  );
}

/** What moving a client to the trash takes with it, counted when the VA asks (so the dialog never understates it). */
function TrashClientBody({ clientId, briefs }: { clientId: string; briefs: number }) {
  const entries = useApiQuery(paperTrailKeys.list({ clientId }), () => api.paperTrail.list({ clientId }));
  const incidents = useApiQuery(incidentKeys.list(), () => api.incidents.list({}));
  if (entries.data === undefined || incidents.data === undefined) return <p className="muted">Counting what goes with them…</p>;
  const incidentCount = incidents.data.filter((i) => i.clientId === clientId).length;
  return <p>{clientText.trashConfirmBody({ briefs, paperTrail: entries.data.length, incidents: incidentCount })}</p>;
}
