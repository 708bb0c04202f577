// Remedy and billing, on the paper-trail page once there is a verdict: the fix window stated plainly, the remedy
// it leads to, and the invoice, with "keep it as it is" pre-selected. Waiving or refunding is allowed, after a
// calm word on why it tends to hurt the relationship. Its answers are the remedy step's, saved as they change.
import { useState } from 'react';
import { assessRemedy } from '../../../../../shared/domain/incidentRemedy';
import { RECOMMENDED_INVOICE, RECOMMENDED_OFFER } from '../../../../../shared/domain/incidentFlow';
import type { Verdict } from '../../../../../shared/domain/remedy';
import type { AnswersOf, Incident } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/model/settings';
import { overcompensationWarning } from '../../../../../shared/domain/remedy';
import { changeOffer, invoiceChoice } from '../../../../../shared/model/incident';
import { holidayRegions } from '../../../../../shared/model/settings';
import { api, errorMessage } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { clientKeys } from '../../../api/queryKeys';
import { Icon } from '../../../ui/Icon';
import { RadioGroup } from '../flow/fields';
import { INVOICE_LABELS, REMEDY_LABELS, remedyInlineText, remedyText as t } from '../text';

interface RemedyPanelProps {
  incident: Incident;
  verdict: Verdict;
  settings: Settings;
  errors: Record<string, string>;
  onIncident: (incident: Incident) => void;
  beforeLeave: (save: () => Promise<unknown>) => void;
}

export function RemedyPanel({ incident, verdict, settings, errors, onIncident, beforeLeave }: RemedyPanelProps) {
  const { clientId, deliveredOn, reportedOn } = incident.answers.happened;
  const [draft, setDraft] = useState<AnswersOf<'remedy'>>(incident.answers.remedy);
  const [problem, setProblem] = useState<string | null>(null);
  const update = (patch: Partial<AnswersOf<'remedy'>>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setProblem(null);
    beforeLeave(() => api.incidents.saveStep({ id: incident.id, step: 'remedy', answers: next }).then(onIncident, (e: unknown) => setProblem(errorMessage(e))));
  };
  const invoice = draft.invoice ?? RECOMMENDED_INVOICE;
  const offer = draft.offer ?? RECOMMENDED_OFFER;
  const client = useApiQuery(clientKeys.detailOrNull(clientId ?? ''), () =>
    clientId ? api.clients.get({ id: clientId }).catch(() => null) : Promise.resolve(null),
  );
  if (client.loading && client.data === undefined) return null;
  if (reportedOn === null) return <p className="notice-inline">{t.missingDates}</p>;

  const conformityDays = client.data?.contract.conformityDays ?? settings.defaultConformityDays;
  const assessment = assessRemedy({
    verdict,
    deliveredOn,
    reportedOn,
    conformityDays,
    region: settings.holidayRegion,
    offer: verdict === 'as-instructed' ? offer : draft.offer,
  });
  const regionLabel = holidayRegions.find((r) => r.code === settings.holidayRegion)?.label ?? settings.holidayRegion;
  const overcompensating = invoice === 'waive' || invoice === 'refund';

  return (
    <section className="remedy-inline" aria-labelledby="remedy-inline-heading">
      <h2 id="remedy-inline-heading" className="section-heading">
        {remedyInlineText.heading}
      </h2>
      {problem ? (
        <p className="notice-inline error" role="alert">
          {problem}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="section-heading">
          {t.datesHeading}
        </h2>
        <p className="window-text">{assessment.windowText}</p>
        <p className="small muted">
          {t.contract(client.data?.name ?? 'this client', conformityDays)} {t.region(regionLabel)}
        </p>
      </section>
      <section className={`remedy-box remedy-${assessment.decision.remedy}`} aria-labelledby="remedy-heading">
        <h2 id="remedy-heading">{REMEDY_LABELS[assessment.decision.remedy]}</h2>
        <p>{assessment.decision.explanation}</p>
      </section>
      {verdict === 'as-instructed' ? (
        <RadioGroup
          name="offer"
          legend={t.offer}
          value={offer}
          onChange={(o) => update({ offer: o })}
          error={errors.offer}
          options={changeOffer.options.map((v) => ({ value: v, label: `${t.offerOptions[v]}${v === RECOMMENDED_OFFER ? ` ${t.recommended}` : ''}` }))}
        />
      ) : null}
      <RadioGroup
        name="invoice"
        legend={t.invoice}
        value={invoice}
        onChange={(i) => update({ invoice: i })}
        error={errors.invoice}
        options={invoiceChoice.options.map((v) => ({ value: v, label: `${INVOICE_LABELS[v]}${v === RECOMMENDED_INVOICE ? ` ${t.recommended}` : ''}` }))}
      />
      {overcompensating ? (
        <div className="notice-inline warning" role="note">
          <strong>
            <Icon name="warning" size={16} /> {t.warningTitle}
          </strong>
          <p>{overcompensationWarning}</p>
        </div>
      ) : null}
    </section>
  );
}
