// Step 5, Remedy and billing: the fix window stated plainly, the remedy it leads to, and the invoice.
// Waiving or refunding is allowed, after a calm word on why it tends to hurt the relationship.
import { assessRemedy } from '../../../../../shared/domain/incidentRemedy';
import { overcompensationWarning } from '../../../../../shared/domain/remedy';
import { changeOffer, invoiceChoice } from '../../../../../shared/model/incident';
import { holidayRegions } from '../../../../../shared/model/settings';
import { api } from '../../../api/client';
import { useQuery } from '../../../app/useQuery';
import { Icon } from '../../../ui/Icon';
import { RadioGroup } from '../flow/fields';
import type { StepProps } from '../flow/types';
import { INVOICE_LABELS, REMEDY_LABELS, remedyText as t } from '../text';

export function RemedyStep({ incident, draft, update, errors, settings }: StepProps<'remedy'>) {
  const { clientId, deliveredOn, reportedOn } = incident.answers.happened;
  const verdict = incident.answers.paperTrail.verdict;
  const client = useQuery(() => (clientId ? api.clients.get({ id: clientId }).catch(() => null) : Promise.resolve(null)), [clientId], ['clients']);
  if (client.loading && client.data === undefined) return null;
  if (verdict === null || reportedOn === null) return <p className="notice-inline">{t.missingDates}</p>;

  const conformityDays = client.data?.contract.conformityDays ?? settings.defaultConformityDays;
  const assessment = assessRemedy({ verdict, deliveredOn, reportedOn, conformityDays, region: settings.holidayRegion, offer: draft.offer });
  const regionLabel = holidayRegions.find((r) => r.code === settings.holidayRegion)?.label ?? settings.holidayRegion;
  const overcompensating = draft.invoice === 'waive' || draft.invoice === 'refund';

  return (
    <>
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
          value={draft.offer}
          onChange={(offer) => update({ offer })}
          error={errors.offer}
          options={changeOffer.options.map((v) => ({ value: v, label: t.offerOptions[v] }))}
        />
      ) : null}
      <RadioGroup
        name="invoice"
        legend={t.invoice}
        value={draft.invoice}
        onChange={(invoice) => update({ invoice })}
        error={errors.invoice}
        options={invoiceChoice.options.map((v) => ({ value: v, label: INVOICE_LABELS[v] }))}
      />
      {overcompensating ? (
        <div className="notice-inline warning" role="note">
          <strong>
            <Icon name="warning" size={16} /> {t.warningTitle}
          </strong>
          <p>{overcompensationWarning}</p>
        </div>
      ) : null}
    </>
  );
}
