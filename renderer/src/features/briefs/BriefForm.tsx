// The brief's own fields: what was asked, its perimeters and the deadline.
import type { ReactNode } from 'react';
import type { BriefFields } from '../../../../shared/model/brief';
import { TextField } from '../../ui/Field';
import { briefText } from './text';

interface Props {
  draft: BriefFields;
  onChange: (draft: BriefFields) => void;
  errors: Record<string, string>;
  autoFocus?: boolean;
  /** Shown under a field, e.g. the risk flags found in it. */
  notes?: Partial<Record<keyof BriefFields, ReactNode>>;
}

export function BriefForm({ draft, onChange, errors, autoFocus, notes = {} }: Props) {
  const set = <K extends keyof BriefFields>(key: K, value: BriefFields[K]) => onChange({ ...draft, [key]: value });
  const t = briefText.fields;
  return (
    <>
      <TextField label={t.title} name="title" value={draft.title} onChange={(v) => set('title', v)} error={errors.title} autoFocus={autoFocus} />
      {notes.title}
      <TextField
        label={t.summary}
        name="summary"
        multiline
        value={draft.summary}
        onChange={(v) => set('summary', v)}
        error={errors.summary}
        hint={t.summaryHint}
      />
      {notes.summary}
      <div className="grid-2">
        <div>
          <TextField
            label={t.deliverables}
            multiline
            rows={3}
            value={draft.deliverables}
            onChange={(v) => set('deliverables', v)}
            error={errors.deliverables}
          />
          {notes.deliverables}
        </div>
        <div>
          <TextField
            label={t.doneCriteria}
            multiline
            rows={3}
            value={draft.doneCriteria}
            onChange={(v) => set('doneCriteria', v)}
            error={errors.doneCriteria}
          />
          {notes.doneCriteria}
        </div>
        <div>
          <TextField label={t.inScope} multiline rows={3} value={draft.inScope} onChange={(v) => set('inScope', v)} error={errors.inScope} />
          {notes.inScope}
        </div>
        <div>
          <TextField label={t.outOfScope} multiline rows={3} value={draft.outOfScope} onChange={(v) => set('outOfScope', v)} error={errors.outOfScope} />
          {notes.outOfScope}
        </div>
      </div>
      <div style={{ maxWidth: 240 }}>
        <TextField label={t.deadline} type="date" value={draft.deadline ?? ''} onChange={(v) => set('deadline', v === '' ? null : v)} error={errors.deadline} />
      </div>
    </>
  );
}
