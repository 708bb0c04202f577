// Step 8, Apologise: start from the template library, edit with the tone check; "Mark as sent" saves the words to the paper trail.
import { useState } from 'react';
import { checkApologyTone, summariseTone } from '../../../../../shared/domain/apologyTone';
import { apologyChannel } from '../../../../../shared/model/incident';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { Icon } from '../../../ui/Icon';
import { SelectInput, TextInput } from '../flow/fields';
import { ApologyTemplatePicker } from './ApologyTemplatePicker';
import { clockTime, type StepProps } from '../flow/types';
import { apologyText as t } from '../text';

export function ApologiseStep({ incident, draft, update, errors, settings, onIncident }: StepProps<'apologise'>) {
  const [sendError, setSendError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const findings = checkApologyTone(draft.text, { channel: draft.channel, disabledRules: settings.disabledToneRules ?? [] });
  const summary = summariseTone(draft.text, findings);
  // One line per kind of finding, in the order they first appear.
  const messages = [...new Set(findings.map((f) => f.message))];

  const markSent = async () => {
    if (draft.text.trim() === '') return setSendError(t.needText);
    if (busy) return;
    setBusy(true);
    setSendError(undefined);
    try {
      onIncident(await api.incidents.markApologySent({ id: incident.id, text: draft.text, channel: draft.channel }));
    } catch (e) {
      setSendError(fieldErrors(e).text ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ApologyTemplatePicker incident={incident} channel={draft.channel} settings={settings} currentText={draft.text} onUse={(text) => update({ text })} />
      <TextInput name="text" label={t.message} multiline rows={8} value={draft.text} onChange={(text) => update({ text })} error={errors.text ?? sendError} maxLength={10000} hint={t.templatesLater} />
      <section className="tone" aria-labelledby="tone-heading" aria-live="polite">
        <h2 id="tone-heading" className="section-heading">
          {t.toneHeading}
        </h2>
        <p className="tone-summary">{summary}</p>
        {messages.length > 0 ? (
          <ul className="tone-findings">
            {messages.map((m) => (
              <li key={m}>
                <Icon name="warning" size={16} /> {m}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <div className="send-row">
        <SelectInput
          name="channel"
          label={t.channel}
          value={draft.channel}
          onChange={(v) => update({ channel: v as typeof draft.channel })}
          options={apologyChannel.options.map((c) => ({ value: c, label: t.channels[c] }))}
        />
        <button type="button" className="btn" onClick={() => void markSent()}>
          {t.markSent}
        </button>
      </div>
      {incident.apologies.length > 0 ? (
        <ul className="logged-list sent">
          {incident.apologies.map((a) => (
            <li key={a.id}>
              <Icon name="check" size={16} /> {t.sentNote(t.channels[a.channel].toLowerCase(), clockTime(a.at))}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
