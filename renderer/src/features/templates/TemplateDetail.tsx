// One template: write a message from it, or edit the template itself (autosaved); duplicate, reset or trash it.
import { useEffect, useState } from 'react';
import { situationLabels, templateChannelLabels, type TemplateFields, type TemplateView } from '../../../../shared/model/template';
import { api, errorMessage } from '../../api/client';
import { navigate } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { templateKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { saveStateLabel, useAutosave } from '../../ui/useAutosave';
import { KeptDraftNotice } from '../../ui/KeptDraft';
import { keptDraft } from '../../ui/keptDrafts';
import { ApologyComposer } from './ApologyComposer';
import { TemplateForm } from './TemplateForm';
import { templatesText as t } from './text';

const fieldsOf = (v: TemplateView): TemplateFields => ({ name: v.name, situation: v.situation, channel: v.channel, subject: v.subject, body: v.body });

export function TemplateDetail({ id, clientId, briefId }: { id: string; clientId: string | null; briefId: string | null }) {
  const template = useApiQuery(templateKeys.detail(id), () => api.templates.get({ id }));
  const [mode, setMode] = useState<'write' | 'edit'>('write');
  const [confirm, setConfirm] = useState<'reset' | 'trash' | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const toasts = useToasts();
  // The editor starts its draft from this, so not from a cached copy that is being fetched again.
  const v = template.fresh;

  if (template.error && !v) return <p className="notice-inline error">{template.error}</p>;
  if (!v) return <p className="muted">{t.loading}</p>;

  const duplicate = async () => {
    try {
      const copy = await api.templates.duplicate({ id });
      toasts.show(t.duplicated(copy.name));
      navigate('templates', copy.id);
    } catch (e) {
      toasts.show(errorMessage(e));
    }
  };
  const reset = async () => {
    setConfirm(null);
    try {
      await api.templates.resetBuiltIn({ id });
      setEditorKey((k) => k + 1);
      template.reload();
      toasts.show(t.resetDone);
    } catch (e) {
      toasts.show(errorMessage(e));
    }
  };
  const trash = async () => {
    setConfirm(null);
    try {
      const receipt = await api.templates.trash({ id });
      navigate('templates');
      toasts.show(t.trashed(v.name), {
        label: t.undo,
        run: async () => {
          await api.trash.restore({ batchId: receipt.batchId });
          toasts.show(t.restored(v.name));
          navigate('templates', id);
        },
      });
    } catch (e) {
      toasts.show(errorMessage(e));
    }
  };

  return (
    <article className="template-detail" aria-labelledby="template-heading">
      <div className="detail-head">
        <div>
          <h2 id="template-heading">{v.name}</h2>
          <div className="status-row">
            <span className="badge">{situationLabels[v.situation]}</span>
            <span className="badge">{templateChannelLabels[v.channel]}</span>
            <span className="badge">{v.kind === 'custom' ? t.ownBadge : v.edited ? t.editedBadge : t.builtInBadge}</span>
          </div>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => void duplicate()}>
            {t.duplicate}
          </button>
          {v.kind === 'built-in' && v.edited ? (
            <button type="button" className="btn" onClick={() => setConfirm('reset')}>
              {t.reset}
            </button>
          ) : null}
          {v.kind === 'custom' ? (
            <button type="button" className="btn" onClick={() => setConfirm('trash')}>
              {t.trash}
            </button>
          ) : null}
        </div>
      </div>
      <div className="mode-switch" role="group" aria-label={t.modeLabel}>
        <button type="button" className="btn" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
          {t.writeTab}
        </button>
        <button type="button" className="btn" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
          {t.editTab}
        </button>
      </div>
      {mode === 'write' ? (
        <ApologyComposer template={v} {...(clientId ? { clientId } : {})} {...(briefId ? { briefId } : {})} />
      ) : (
        <TemplateEditor key={editorKey} view={v} />
      )}
      <ConfirmDialog
        title={t.resetTitle(v.name)}
        open={confirm === 'reset'}
        confirmLabel={t.reset}
        onConfirm={() => void reset()}
        onCancel={() => setConfirm(null)}
      >
        <p>{t.resetBody}</p>
      </ConfirmDialog>
      <ConfirmDialog
        title={t.trashTitle(v.name)}
        open={confirm === 'trash'}
        confirmLabel={t.trash}
        danger
        onConfirm={() => void trash()}
        onCancel={() => setConfirm(null)}
      >
        <p>{t.trashBody}</p>
      </ConfirmDialog>
    </article>
  );
}

function TemplateEditor({ view }: { view: TemplateView }) {
  const draftKey = `template:${view.id}`;
  const [draft, setDraft] = useState<TemplateFields>(() => (keptDraft(draftKey)?.draft as TemplateFields | undefined) ?? fieldsOf(view));
  const autosave = useAutosave(draft, (d) => api.templates.update({ id: view.id, fields: d }), { draftKey });
  useEffect(() => {
    autosave.start(fieldsOf(view));
    // Only when the editor opens: later saves come back through `view` without resetting the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const errors = Object.fromEntries(Object.entries(autosave.errors).map(([k, m]) => [k.replace(/^fields\./, ''), m]));
  return (
    <section className="section template-editor" aria-labelledby="editor-heading">
      <div className="detail-head">
        <h3 id="editor-heading">{t.editorHeading}</h3>
        <span className="save-state" aria-live="polite">
          {saveStateLabel(autosave.state)}
        </span>
      </div>
      {view.kind === 'built-in' ? <p className="muted small">{t.builtInEditHint}</p> : null}
      <KeptDraftNotice autosave={autosave} />
      <TemplateForm draft={draft} onChange={setDraft} errors={errors} fixedPlace={view.kind === 'built-in'} />
    </section>
  );
}
