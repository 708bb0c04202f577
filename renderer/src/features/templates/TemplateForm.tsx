// The fields of a template, with "Insert placeholder" at the cursor and live checks of the placeholders.
import { useId, useRef } from 'react';
import { validateTemplate } from '../../../../shared/domain/templates/fillTemplate';
import { PLACEHOLDERS, type PlaceholderKey, placeholderTag } from '../../../../shared/domain/templates/placeholders';
import { situationLabels, templateChannel, templateChannelLabels, type TemplateFields, templateSituation } from '../../../../shared/model/template';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { templatesText as t } from './text';

interface Props {
  draft: TemplateFields;
  onChange: (draft: TemplateFields) => void;
  errors: Record<string, string>;
  /** Built-ins keep their situation and channel; only the words change. */
  fixedPlace?: boolean;
  autoFocus?: boolean;
}

const groups = [...new Set(PLACEHOLDERS.map((p) => p.group))];

export function TemplateForm({ draft, onChange, errors, fixedPlace, autoFocus }: Props) {
  const bodyId = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const issues = [
    ...validateTemplate(draft.subject).map((i) => ({ ...i, where: t.subject })),
    ...validateTemplate(draft.body).map((i) => ({ ...i, where: t.body })),
  ];
  const set = <K extends keyof TemplateFields>(key: K, value: TemplateFields[K]) => onChange({ ...draft, [key]: value });

  const insert = (key: PlaceholderKey) => {
    const el = body.current;
    const tag = placeholderTag(key);
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? draft.body.length;
    set('body', draft.body.slice(0, start) + tag + draft.body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  return (
    <div className="template-form">
      <TextField label={t.name} value={draft.name} onChange={(v) => set('name', v)} error={errors.name} autoFocus={autoFocus} />
      {fixedPlace ? null : (
        <div className="grid-2">
          <SelectField
            label={t.situation}
            value={draft.situation}
            options={templateSituation.options.map((s) => ({ value: s, label: situationLabels[s] }))}
            onChange={(v) => set('situation', v)}
          />
          <SelectField
            label={t.channel}
            value={draft.channel}
            options={templateChannel.options.map((c) => ({ value: c, label: templateChannelLabels[c] }))}
            onChange={(v) => set('channel', v)}
          />
        </div>
      )}
      {draft.channel === 'email' ? <TextField label={t.subject} value={draft.subject} onChange={(v) => set('subject', v)} error={errors.subject} /> : null}
      <div className="field">
        <label htmlFor={bodyId}>{t.body}</label>
        <span className="hint" id={`${bodyId}-hint`}>
          {t.editorHint}
        </span>
        <textarea
          id={bodyId}
          ref={body}
          className="template-body"
          rows={14}
          value={draft.body}
          aria-describedby={`${bodyId}-hint${errors.body ? ` ${bodyId}-error` : ''}`}
          aria-invalid={errors.body ? true : undefined}
          onChange={(e) => set('body', e.target.value)}
        />
        {errors.body ? (
          <span className="error" id={`${bodyId}-error`} role="alert">
            <Icon name="warning" size={16} /> {errors.body}
          </span>
        ) : null}
      </div>
      <div className="field insert-placeholder">
        <label htmlFor={`${bodyId}-insert`}>{t.insertPlaceholder}</label>
        <span className="hint">{t.insertPlaceholderHint}</span>
        <select
          id={`${bodyId}-insert`}
          value=""
          onChange={(e) => {
            if (e.target.value) insert(e.target.value as PlaceholderKey);
          }}
        >
          <option value="">{t.insertPlaceholderPrompt}</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {PLACEHOLDERS.filter((p) => p.group === g).map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label} — {placeholderTag(p.key)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {issues.length > 0 ? (
        <div className="notice-inline warning" role="status">
          <strong>{t.placeholderProblems}</strong>
          <ul>
            {issues.map((i) => (
              <li key={`${i.where}-${i.start}`}>
                {i.where}: {i.message}
                {i.suggestion ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="btn link small"
                      onClick={() => {
                        const key = i.where === t.subject ? 'subject' : 'body';
                        const text = draft[key];
                        set(key, text.slice(0, i.start) + placeholderTag(i.suggestion!) + text.slice(i.end));
                      }}
                    >
                      Use {placeholderTag(i.suggestion)}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
