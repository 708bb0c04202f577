// Starts the apology from the template library: the template that fits the incident, filled from its facts.
import { useState } from 'react';
import { incidentFillDetails, situationForIncident } from '../../../../../shared/domain/incidentTemplates';
import { buildFillValues } from '../../../../../shared/domain/templates/fillContext';
import { fillTemplate } from '../../../../../shared/domain/templates/fillTemplate';
import type { Incident } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/model/settings';
import { situationLabels } from '../../../../../shared/model/template';
import { api, errorMessage } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { templateKeys } from '../../../api/queryKeys';
import { SelectInput } from '../flow/fields';
import { apologyText as t } from '../text';

interface Props {
  incident: Incident;
  channel: 'email' | 'chat';
  settings: Settings;
  currentText: string;
  onUse: (text: string) => void;
}

export function ApologyTemplatePicker({ incident, channel, settings, currentText, onUse }: Props) {
  const situation = situationForIncident(incident);
  const { clientId, briefId } = incident.answers.happened;
  const templates = useApiQuery(templateKeys.list({ situation, channel }), () => api.templates.list({ situation, channel }));
  const [chosen, setChosen] = useState('');
  const [previous, setPrevious] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = templates.data ?? [];
  const template = list.find((x) => x.id === chosen) ?? list[0];
  if (template === undefined) return null;

  const use = async () => {
    setProblem(null);
    try {
      const [client, brief] = await Promise.all([
        clientId ? api.clients.get({ id: clientId }).catch(() => null) : null,
        briefId ? api.briefs.get({ id: briefId }).catch(() => null) : null,
      ]);
      const values = buildFillValues({ client, brief, profile: settings.profile, incident: incidentFillDetails(incident, client?.name ?? null) });
      setPrevious(currentText);
      onUse(fillTemplate(template.body, values).text);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="template-picker">
      <p className="hint">{t.templateHint(situationLabels[situation].toLowerCase())}</p>
      <div className="send-row">
        {list.length > 1 ? (
          <SelectInput
            name="template"
            label={t.templateLabel}
            value={template.id}
            onChange={setChosen}
            options={list.map((x) => ({ value: x.id, label: x.name }))}
          />
        ) : null}
        <button type="button" className="btn" onClick={() => void use()}>
          {currentText.trim() === '' ? t.useTemplate : t.replaceWithTemplate}
        </button>
        {previous !== null ? (
          <button
            type="button"
            className="btn link"
            onClick={() => {
              onUse(previous);
              setPrevious(null);
            }}
          >
            {t.undoTemplate}
          </button>
        ) : null}
      </div>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
