// The client summary of one incident (`#/summaries/<incidentId>`): the wording on one side, autosaved; the
// preview exactly as it prints on the other; print, PDF, HTML and copies; and what has been sent or saved.
// The preview is built here from the same allow-listed facts and the same builder the core exports with.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildSummary, prefilledSections, summaryArticleHtml } from '../../../../shared/domain/summary';
import type { SummaryView } from '../../../../shared/operations/summaries';
import { api } from '../../api/client';
import { href, type Route } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { summaryKeys } from '../../api/queryKeys';
import { saveStateLabel, useAutosave } from '../../ui/useAutosave';
import { KeptDraftNotice } from '../../ui/KeptDraft';
import { keptDraft } from '../../ui/keptDrafts';
import { type ExportAction, ExportActions, ExportList } from './ExportPanel';
import { SectionEditors, type SummaryDraftState } from './SectionEditors';
import { SummaryPreview } from './SummaryPreview';
import { ScreenshotChoice, useChosenScreenshots } from './ScreenshotChoice';
import { text } from './text';
import './summaries.css';

export default function SummaryPage({ route }: { route: Route }) {
  const incidentId = route.id;
  const view = useApiQuery(summaryKeys.view(incidentId ?? ''), () => (incidentId ? api.summaries.get({ incidentId }) : Promise.resolve(null)), {
    dependsOn: ['incidents', 'settings', 'clients', 'briefs'],
  });

  if (incidentId === null) return <Message>{text.noIncident}</Message>;
  if (view.error) return <Message>{text.notFound}</Message>;
  if (!view.fresh || view.fresh.incidentId !== incidentId) return <Message>{text.loading}</Message>;
  return <SummaryEditor key={incidentId} view={view.fresh} justClosed={route.params.get('closed') === '1'} />;
}

function Message({ children }: { children: string }) {
  return (
    <div className="page single">
      <div className="content-narrow">
        <p className="muted">{children}</p>
      </div>
    </div>
  );
}

function SummaryEditor({ view, justClosed }: { view: SummaryView; justClosed: boolean }) {
  const { incidentId, facts } = view;
  const draftKey = `summary:${incidentId}`;
  const stored: SummaryDraftState = { edits: view.record.edits, includeTimeSpent: view.record.includeTimeSpent, attachments: view.record.attachments ?? [] };
  const [draft, setDraft] = useState<SummaryDraftState>(() => (keptDraft(draftKey)?.draft as SummaryDraftState | undefined) ?? stored);
  const autosave = useAutosave(draft, (d) => api.summaries.update({ incidentId, ...changesOf(d) }), {
    draftKey,
  });
  useEffect(() => {
    // When the VA comes back to a draft the core refused, say so again (and treat the stored record as saved).
    autosave.start(stored);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const prefilled = useMemo(() => prefilledSections(facts), [facts]);
  const evidence = useChosenScreenshots(view.attachable, draft.attachments ?? []);
  const doc = useMemo(() => buildSummary(facts, draft, { paper: view.paper, today: view.today, evidence }), [facts, draft, view.paper, view.today, evidence]);
  const articleHtml = useMemo(() => summaryArticleHtml(doc, 'preview'), [doc]);
  const missingCount = doc.sections.filter((s) => s.missing !== null && s.note === null).length + Object.values(doc.gaps).filter(Boolean).length;

  const run = useCallback(
    async (action: ExportAction): Promise<string> => {
      const changes = { incidentId, ...changesOf(draft) };
      if (action === 'print') return (await api.summaries.print(changes)).printed ? text.printed : text.printCancelled;
      if (action === 'pdf' || action === 'html') {
        const saved = action === 'pdf' ? await api.summaries.exportPdf(changes) : await api.summaries.saveHtml(changes);
        return saved ? text.saved(saved.fileName) : text.notSaved;
      }
      await api.summaries.copy({ ...changes, format: action });
      return action === 'markdown' ? text.copiedMarkdown : text.copiedEmail;
    },
    [incidentId, draft],
  );

  return (
    <div className="page summary-page">
      <div className="summary-side">
        <div className="summary-top">
          <a className="small" href={href('incidents', incidentId, { view: 'details' })}>
            ← {text.back}
          </a>
          <span className="save-state" aria-live="polite">
            {saveStateLabel(autosave.state)}
          </span>
        </div>
        <h1>{text.heading(facts.client?.name ?? null)}</h1>
        {justClosed ? (
          <p className="notice-inline closed-banner" role="status">
            {text.justClosed}
          </p>
        ) : null}
        <p className="muted small">{text.intro}</p>
        <KeptDraftNotice autosave={autosave} />
        <ExportActions run={run} missingCount={missingCount} />
        <SectionEditors draft={draft} prefilled={prefilled} timeSpentMinutes={facts.timeSpentMinutes} errors={autosave.errors} onChange={setDraft} />
        <ScreenshotChoice attachable={view.attachable} chosen={draft.attachments ?? []} onChange={(attachments) => setDraft((d) => ({ ...d, attachments }))} />
        <ExportList exports={view.record.exports} />
      </div>
      {/* Focusable so the preview can be scrolled with the keyboard. */}
      <section className="summary-preview-pane" tabIndex={0} aria-label={text.previewLabel}>
        <p className="small muted summary-preview-caption">{text.previewCaption(view.paper === 'letter' ? 'US Letter' : 'A4')}</p>
        <SummaryPreview articleHtml={articleHtml} paper={view.paper} />
      </section>
    </div>
  );
}

/** What the core saves and exports from: the wording, the time-spent choice and the chosen screenshots. */
function changesOf(draft: SummaryDraftState) {
  return { edits: withClears(draft.edits), includeTimeSpent: draft.includeTimeSpent, attachments: draft.attachments ?? [] };
}

/** Sections set back to the incident's wording are sent as `null`, so the stored change is dropped too. */
function withClears(edits: SummaryDraftState['edits']): SummaryDraftState['edits'] {
  return Object.fromEntries(Object.entries(edits).map(([k, v]) => [k, v ?? null]));
}
