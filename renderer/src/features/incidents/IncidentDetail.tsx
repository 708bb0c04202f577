// One incident at a glance: what happened, what was decided, what was done, the lesson, and the full timeline.
import { useState } from 'react';
import { timeTotals, formatMinutes } from '../../../../shared/domain/incidentTime';
import { formatDateTime, formatDay } from '../../../../shared/domain/dateDisplay';
import type { Incident } from '../../../../shared/model/incident';
import { api, errorMessage } from '../../api/client';
import { href, navigate } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { clientKeys, incidentKeys, paperTrailKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';
import { text as summaryText } from '../summaries/text';
import {
  CAUSE_LABELS,
  detailText as t,
  FIX_OR_ASK_LABELS,
  IMPACT_LABELS,
  INVOICE_LABELS,
  listText,
  REMEDY_LABELS,
  SEVERITY_LABELS,
  SPOTTED_BY_LABELS,
  VERDICT_LABELS,
} from './text';

/** `onReopened` is given when the detail is shown inside the flow, so reopening carries on in place. */
export function IncidentDetail({ id, justClosed = false, onReopened }: { id: string; justClosed?: boolean; onReopened?: (incident: Incident) => void }) {
  const incident = useApiQuery(incidentKeys.detail(id), () => api.incidents.get({ id }));
  const clients = useApiQuery(clientKeys.list(), () => api.clients.list({}));
  const [confirmTrash, setConfirmTrash] = useState(false);
  const toasts = useToasts();
  if (incident.error && !incident.data) return <p className="notice-inline error content-narrow">{incident.error}</p>;
  const i = incident.data;
  if (i === undefined) return <p className="muted content-narrow">Loading…</p>;

  const h = i.answers.happened;
  const clientName = clients.data?.find((c) => c.id === h.clientId)?.name ?? '';
  const reopen = async () => {
    try {
      const reopened = await api.incidents.reopen({ id });
      if (onReopened) onReopened(reopened);
      else navigate('incidents', id);
    } catch (e) {
      toasts.show(errorMessage(e));
    }
  };
  const trash = async () => {
    setConfirmTrash(false);
    try {
      const receipt = await api.incidents.trash({ id });
      navigate('incidents');
      toasts.show(t.trashed, {
        label: 'Undo',
        run: async () => {
          await api.trash.restore({ batchId: receipt.batchId });
          navigate('incidents', id, { view: 'details' });
          toasts.show(t.restored);
        },
      });
    } catch (e) {
      toasts.show(errorMessage(e));
    }
  };

  return (
    <div className="page single">
      <div className="content-narrow incident-detail">
        <p className="small">
          <a href={href('incidents')}>‹ {listText.heading}</a>
        </p>
        <div className="detail-head">
          <div>
            <h1>{h.description.trim() || listText.untitled}</h1>
            <p className="muted small">
              <span className="badge">{i.status === 'open' ? listText.open : listText.closed}</span> {clientName ? `${clientName} · ` : ''}
              {formatDateTime(i.createdAt)}
            </p>
          </div>
          <div className="actions">
            {i.status === 'open' ? (
              <a className="btn primary" href={href('incidents', id)}>
                {t.continue}
              </a>
            ) : (
              <button type="button" className="btn" onClick={() => void reopen()}>
                {t.reopen}
              </button>
            )}
            {/* Summaries (issue 6): the client-facing summary of this incident. */}
            <a className={`btn${i.status === 'closed' ? ' primary' : ''}`} href={href('summaries', id)}>
              {summaryText.openFromIncident}
            </a>
            <button type="button" className="btn" onClick={() => setConfirmTrash(true)}>
              {t.trash}
            </button>
          </div>
        </div>
        {justClosed || i.status === 'closed' ? (
          <p className="notice-inline closed-banner" role="status">
            <Icon name="check" /> {t.closedBanner}
          </p>
        ) : null}
        <Summary incident={i} clientName={clientName} />
        <section className="section" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t.timeline}</h2>
          <ol className="timeline incident-timeline">
            {i.timeline.map((e) => (
              <li key={e.id} className="entry">
                <div className="entry-meta">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </div>
                <p>{e.text}</p>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <ConfirmDialog title={t.trashTitle} open={confirmTrash} confirmLabel={t.trash} onConfirm={() => void trash()} onCancel={() => setConfirmTrash(false)}>
        <p>{t.trashBody}</p>
      </ConfirmDialog>
    </div>
  );
}

const day = (iso: string | null) => (iso ? formatDay(iso) : null);

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value && value.trim() ? value : t.none}</dd>
    </div>
  );
}

function Summary({ incident: i, clientName }: { incident: Incident; clientName: string }) {
  const a = i.answers;
  const instructionId = a.paperTrail.instructionEntryId;
  const trail = useApiQuery(paperTrailKeys.list({ clientId: a.happened.clientId, needed: Boolean(instructionId) }), () =>
    instructionId && a.happened.clientId ? api.paperTrail.list({ clientId: a.happened.clientId }) : Promise.resolve([]),
  );
  const instruction = trail.data?.find((e) => e.id === instructionId);
  const h = a.happened;
  const l = t.labels;
  const billable = i.remedyOutcome?.billable ?? false;
  const totals = timeTotals(i.timeEntries, billable);
  const impacts = h.impacts.map((x) => IMPACT_LABELS[x]).join(', ') + (h.impactAmount.trim() ? ` (${h.impactAmount.trim()})` : '');
  return (
    <>
      <section className="section" aria-labelledby="what-heading">
        <h2 id="what-heading">{t.whatHappened}</h2>
        <dl className="summary-grid">
          <Row label={l.client} value={clientName} />
          <Row label={l.happenedOn} value={day(h.happenedOn)} />
          <Row label={l.deliveredOn} value={day(h.deliveredOn)} />
          <Row label={l.reportedOn} value={day(h.reportedOn)} />
          <Row label={l.spottedBy} value={h.spottedBy ? SPOTTED_BY_LABELS[h.spottedBy] : null} />
          <Row label={l.impact} value={impacts} />
          <Row label={l.severity} value={h.severity ? SEVERITY_LABELS[h.severity] : null} />
        </dl>
      </section>
      <section className="section" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t.decisions}</h2>
        <dl className="summary-grid">
          <Row label={l.verdict} value={a.paperTrail.verdict ? VERDICT_LABELS[a.paperTrail.verdict] : null} />
          <Row label={l.remedy} value={i.remedyOutcome ? REMEDY_LABELS[i.remedyOutcome.remedy] : null} />
          <Row label={l.invoice} value={a.remedy.invoice ? INVOICE_LABELS[a.remedy.invoice] : null} />
          {h.spottedBy === 'me' ? <Row label={l.fixOrAsk} value={a.fixOrAsk.choice ? FIX_OR_ASK_LABELS[a.fixOrAsk.choice] : null} /> : null}
          <Row label={l.time} value={`${formatMinutes(totals.totalMinutes)} (${billable ? 'billable' : 'not billable'})`} />
        </dl>
        {instruction ? (
          <figure className="instruction">
            <figcaption className="small muted">
              {l.instruction}, {formatDateTime(instruction.receivedAt)}
            </figcaption>
            <blockquote className="words">{instruction.words}</blockquote>
          </figure>
        ) : null}
        {i.remedyOutcome ? <p className="small muted">{i.remedyOutcome.windowText}</p> : null}
      </section>
      <section className="section" aria-labelledby="lesson-heading">
        <h2 id="lesson-heading">{t.lesson}</h2>
        <dl className="summary-grid">
          <Row label={l.resolution} value={a.close.resolution} />
          <Row label={l.resolvedOn} value={a.close.resolvedOn ? formatDay(a.close.resolvedOn) : null} />
          <Row label={l.cause} value={a.close.cause ? `${CAUSE_LABELS[a.close.cause]}${a.close.causeDetail ? ` (${a.close.causeDetail})` : ''}` : null} />
          <Row label={l.lesson} value={a.close.lesson} />
          <Row label={l.checklist} value={i.prevention.map((p) => `“${p.label}”`).join(', ')} />
        </dl>
      </section>
    </>
  );
}
