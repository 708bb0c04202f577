// Check the paper trail: the brief, its snapshots, any checklist override, and what was said around the time
// (the VA's own replies marked from the entry's direction); then the verdict, each with its own guidance, and
// under it what the verdict means for the bill.
import { entriesAroundTime } from '../../../../../shared/domain/incidentPaperTrail';
import { VERDICTS, type Verdict } from '../../../../../shared/domain/remedy';
import type { Brief } from '../../../../../shared/model/brief';
import { channelLabels, type PaperTrailEntry } from '../../../../../shared/model/paperTrail';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { briefKeys, paperTrailKeys } from '../../../api/queryKeys';
import { Icon } from '../../../ui/Icon';
import { RadioGroup, SelectInput, TextInput } from '../flow/fields';
import type { StepProps } from '../flow/types';
import { formatDateTime } from '../../../../../shared/domain/dateDisplay';
import { paperTrailStepText as t, VERDICT_LABELS } from '../text';
import { RemedyPanel } from './RemedyStep';
import { EntryFiles, MessageFacts } from '../../paperTrail/CapturedParts';
import '../../paperTrail/paperTrail.css';

/** Read defensively: the checklist fields arrive with the clarification work and may be absent on older briefs. */
function overrideReason(brief: Brief): string | null {
  const reason = (brief as { checklist?: { override?: { reason?: string } | null } }).checklist?.override?.reason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason : null;
}

export function PaperTrailStep({ incident, draft, update, errors, settings, onIncident, beforeLeave }: StepProps<'paperTrail'>) {
  const { clientId, briefId, happenedOn } = incident.answers.happened;
  const brief = useApiQuery(briefKeys.detailOrNull(briefId ?? ''), () => (briefId ? api.briefs.get({ id: briefId }).catch(() => null) : Promise.resolve(null)));
  const trail = useApiQuery(paperTrailKeys.list({ clientId }), () => (clientId ? api.paperTrail.list({ clientId }) : Promise.resolve([])));
  const { entries } = entriesAroundTime(trail.data ?? [], { briefId, happenedOn });
  // The instruction is the client's: the VA's own replies are shown, but never offered as it.
  const { nearestId } = entriesAroundTime(
    entries.filter((e) => !sentByYou(e)),
    { briefId, happenedOn },
  );

  const chooseVerdict = (verdict: Verdict) =>
    update(verdict === 'as-instructed' && draft.instructionEntryId === null ? { verdict, instructionEntryId: nearestId } : { verdict });

  return (
    <>
      {brief.data ? <BriefPanel brief={brief.data} /> : null}
      <section className="panel" aria-labelledby="trail-heading">
        <h2 id="trail-heading" className="section-heading">
          {t.entriesHeading}
        </h2>
        {entries.length === 0 && !trail.loading ? <p className="muted small">{t.entriesNone}</p> : null}
        <ol className="trail-entries">
          {entries.map((e) => (
            <TrailEntry key={e.id} entry={e} nearest={e.id === nearestId} />
          ))}
        </ol>
      </section>
      <RadioGroup
        name="verdict"
        legend={t.verdictLegend}
        value={draft.verdict}
        onChange={chooseVerdict}
        error={errors.verdict}
        options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v], hint: t.verdictHints[v] }))}
        reveal={(v) => (
          <>
            <p className="guidance">
              <Icon name="info" size={16} /> {t.guidance[v]}
            </p>
            {v === 'as-instructed' && entries.length > 0 ? (
              <SelectInput
                name="instructionEntryId"
                label={t.instruction}
                value={draft.instructionEntryId ?? ''}
                onChange={(id) => update({ instructionEntryId: id === '' ? null : id })}
                error={errors.instructionEntryId}
                options={[
                  { value: '', label: '—' },
                  ...entries.map((e) => ({ value: e.id, label: `${formatDateTime(e.receivedAt)}: ${e.words.slice(0, 70)}${e.words.length > 70 ? '…' : ''}` })),
                ]}
              />
            ) : null}
          </>
        )}
      />
      <TextInput name="note" label={t.note} multiline rows={2} value={draft.note} onChange={(note) => update({ note })} error={errors.note} maxLength={2000} />
      {draft.verdict !== null ? (
        <RemedyPanel incident={incident} verdict={draft.verdict} settings={settings} errors={errors} onIncident={onIncident} beforeLeave={beforeLeave} />
      ) : null}
    </>
  );
}

/** From the entry's own field: what the VA sent, not what the client said. */
const sentByYou = (entry: PaperTrailEntry) => entry.direction === 'sent';

function TrailEntry({ entry, nearest }: { entry: PaperTrailEntry; nearest: boolean }) {
  const mine = sentByYou(entry);
  return (
    <li className={nearest ? 'trail-entry nearest' : 'trail-entry'}>
      <div className="entry-meta small">
        <time dateTime={entry.receivedAt}>{formatDateTime(entry.receivedAt)}</time> · {channelLabels[entry.channel]}
        {entry.sourceRef && !mine ? ` · ${entry.sourceRef}` : ''}
        {mine ? <span className="badge">{t.sentByYou}</span> : null}
        {entry.confirmedInWriting ? (
          <span className="badge ok">
            <Icon name="check" size={13} /> {t.confirmed}
          </span>
        ) : null}
        {nearest ? <span className="badge">{t.nearest}</span> : null}
      </div>
      {/* A captured email shows its subject, sender and sent time; screenshots show as thumbnails that open large. */}
      <MessageFacts entry={entry} />
      <blockquote className="words">{entry.words}</blockquote>
      <EntryFiles entry={entry} />
    </li>
  );
}

function BriefPanel({ brief }: { brief: Brief }) {
  const reason = overrideReason(brief);
  const field = (label: string, value: string) =>
    value.trim() ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <section className="panel" aria-labelledby="brief-heading">
      <h2 id="brief-heading" className="section-heading">
        {t.briefHeading}: {brief.title}
      </h2>
      <dl className="brief-fields">
        {field(t.whatWasAsked, brief.summary)}
        {field(t.inScope, brief.inScope)}
        {field(t.outOfScope, brief.outOfScope)}
      </dl>
      {reason ? (
        <div className="notice-inline warning">
          <strong>
            <Icon name="warning" size={16} /> {t.overrideHeading}
          </strong>
          <p>{t.overrideReason(reason)}</p>
        </div>
      ) : null}
      {brief.snapshots.map((s) => (
        <details key={`${s.kind}-${s.takenAt}`} className="snapshot">
          <summary>{t.snapshot(t.snapshotKinds[s.kind], formatDateTime(s.takenAt))}</summary>
          <dl className="brief-fields">
            {field(t.whatWasAsked, s.fields.summary)}
            {field(t.inScope, s.fields.inScope)}
            {field(t.outOfScope, s.fields.outOfScope)}
          </dl>
        </details>
      ))}
    </section>
  );
}
