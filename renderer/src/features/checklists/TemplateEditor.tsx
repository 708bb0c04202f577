// Editing a checklist template (the global one, or one client's extra items): add, edit, reorder,
// mark required, retire and bring back. Retiring never takes an item off briefs already using it.
import { useState } from 'react';
import { defaultClientQuestion, moveInOrder } from '../../../../shared/domain/checklist';
import type { ChecklistScope, ChecklistTemplateItem } from '../../../../shared/model/checklist';
import { api, errorMessage, fieldErrors } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { checklistKeys } from '../../api/queryKeys';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';
import { templateText as t } from './text';

interface Fields {
  label: string;
  why: string;
  clientQuestion: string;
  requiredBeforeStart: boolean;
}

const emptyFields: Fields = { label: '', why: '', clientQuestion: '', requiredBeforeStart: false };

export function TemplateEditor({ scope, headingId }: { scope: ChecklistScope; headingId: string }) {
  const scopeKey = scope.kind === 'global' ? 'global' : scope.clientId;
  const items = useApiQuery(checklistKeys.template({ scope: scopeKey }), () => api.checklists.listTemplate({ scope }));
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();
  const all = items.data ?? [];
  const active = all.filter((i) => i.retiredAt === null);
  const retired = all.filter((i) => i.retiredAt !== null);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const move = (item: ChecklistTemplateItem, direction: 'up' | 'down') =>
    run(() =>
      api.checklists.reorder({
        scope,
        ids: moveInOrder(
          active.map((i) => i.id),
          item.id,
          direction,
        ),
      }),
    );
  const retire = (item: ChecklistTemplateItem) =>
    run(async () => {
      await api.checklists.retireItem({ id: item.id });
      toasts.show(t.retired(item.label), { label: 'Undo', run: () => void api.checklists.restoreItem({ id: item.id }) });
    });

  return (
    <div aria-labelledby={headingId}>
      {error ? (
        <div className="notice-inline error" role="alert">
          {error}
        </div>
      ) : null}
      {items.loading && !items.data ? <p className="muted">Loading…</p> : null}
      {!items.loading && active.length === 0 ? <p className="muted">{scope.kind === 'global' ? t.emptyGlobal : t.emptyClient}</p> : null}
      <ol className="template-items" aria-label={t.listLabel}>
        {active.map((item, index) =>
          editing === item.id ? (
            <li key={item.id} className="template-item editing">
              <ItemForm
                initial={item}
                submitLabel={t.saveEdit}
                onCancel={() => setEditing(null)}
                onSubmit={async (fields) => {
                  await api.checklists.updateItem({ id: item.id, fields });
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={item.id} className="template-item" data-testid="template-item">
              <div className="template-text">
                <span className="item-label">{item.label}</span>
                <span className="badges">
                  {item.requiredBeforeStart ? <span className="badge required">{t.required}</span> : null}
                  {item.clientQuestion ? <span className="badge">{t.asksClient}</span> : <span className="badge">{t.vaOnly}</span>}
                </span>
                {item.why ? <p className="why">{item.why}</p> : null}
                {item.clientQuestion ? <p className="why">{t.askedAs(item.clientQuestion)}</p> : null}
              </div>
              <div className="template-actions">
                <button
                  type="button"
                  className="btn small"
                  onClick={() => void move(item, 'up')}
                  disabled={index === 0}
                  aria-label={t.moveUp(item.label)}
                  title={t.moveUpShort}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn small"
                  onClick={() => void move(item, 'down')}
                  disabled={index === active.length - 1}
                  aria-label={t.moveDown(item.label)}
                  title={t.moveDownShort}
                >
                  ↓
                </button>
                <button type="button" className="btn small" onClick={() => setEditing(item.id)} aria-label={t.editLabel(item.label)}>
                  {t.edit}
                </button>
                <button type="button" className="btn small" onClick={() => void retire(item)} aria-label={t.retireLabel(item.label)}>
                  {t.retire}
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
      {editing === 'new' ? (
        <div className="template-item editing">
          <ItemForm
            initial={emptyFields}
            submitLabel={t.add}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              await api.checklists.addItem({ scope, ...fields });
              setEditing(null);
              toasts.show(t.added);
            }}
          />
        </div>
      ) : (
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          <Icon name="plus" /> {t.addButton}
        </button>
      )}
      {retired.length > 0 ? (
        <details className="retired-items">
          <summary>{t.retiredHeading(retired.length)}</summary>
          <p className="muted small">{t.retiredHint}</p>
          <ul className="template-items">
            {retired.map((item) => (
              <li key={item.id} className="template-item">
                <div className="template-text">
                  <span className="item-label">{item.label}</span>
                </div>
                <div className="template-actions">
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => void run(() => api.checklists.restoreItem({ id: item.id }))}
                    aria-label={t.restoreLabel(item.label)}
                  >
                    {t.restore}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function ItemForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Fields;
  submitLabel: string;
  onSubmit: (f: Fields) => Promise<void>;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<Fields>({
    label: initial.label,
    why: initial.why,
    clientQuestion: initial.clientQuestion,
    requiredBeforeStart: initial.requiredBeforeStart,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  // A label that is already a question is offered as the question, until the VA writes their own.
  const [questionTouched, setQuestionTouched] = useState(initial.clientQuestion !== '' || initial.label !== '');
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields({ ...fields, [key]: value });
  const setLabel = (label: string) => setFields({ ...fields, label, clientQuestion: questionTouched ? fields.clientQuestion : defaultClientQuestion(label) });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (fields.label.trim() === '') return setErrors({ label: t.labelNeeded });
    try {
      await onSubmit(fields);
    } catch (e) {
      setErrors(Object.fromEntries(Object.entries(fieldErrors(e)).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
      setMessage(errorMessage(e));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <TextField label={t.labelField} value={fields.label} onChange={setLabel} error={errors.label} autoFocus />
      <TextField label={t.whyField} hint={t.whyHint} value={fields.why} onChange={(v) => set('why', v)} error={errors.why} />
      <TextField
        label={t.questionField}
        hint={t.questionHint}
        value={fields.clientQuestion}
        onChange={(v) => {
          setQuestionTouched(true);
          set('clientQuestion', v);
        }}
        error={errors.clientQuestion}
      />
      <label className="checkbox" style={{ marginBottom: '0.75rem' }}>
        <input type="checkbox" checked={fields.requiredBeforeStart} onChange={(e) => set('requiredBeforeStart', e.target.checked)} />
        <span>{t.requiredField}</span>
      </label>
      <div className="actions">
        <button type="submit" className="btn primary">
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
