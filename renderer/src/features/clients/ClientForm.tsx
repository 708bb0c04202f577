// The client's fields, used both to add a client and to edit one.
import type { ClientFields } from '../../../../shared/model/client';
import { SelectField, TextField } from '../../ui/Field';
import { clientText, outOfScopeOptions, preferredChannelOptions } from './text';
import { TimeZoneField } from './TimeZoneField';

interface Props {
  draft: ClientFields;
  onChange: (draft: ClientFields) => void;
  errors: Record<string, string>;
  autoFocus?: boolean;
}

export function ClientForm({ draft, onChange, errors, autoFocus }: Props) {
  const set = <K extends keyof ClientFields>(key: K, value: ClientFields[K]) => onChange({ ...draft, [key]: value });
  const setContract = <K extends keyof ClientFields['contract']>(key: K, value: ClientFields['contract'][K]) =>
    onChange({ ...draft, contract: { ...draft.contract, [key]: value } });
  return (
    <>
      <div className="grid-2">
        <TextField label="Name" name="name" value={draft.name} onChange={(v) => set('name', v)} error={errors.name} autoFocus={autoFocus} />
        <TextField label="Business" value={draft.business} onChange={(v) => set('business', v)} error={errors.business} />
        <TextField label="Email" type="email" value={draft.email} onChange={(v) => set('email', v)} error={errors.email} />
        <TextField label="Phone" type="tel" value={draft.phone} onChange={(v) => set('phone', v)} error={errors.phone} />
        <SelectField
          label="Prefers to hear from you by"
          value={draft.preferredChannel}
          options={preferredChannelOptions}
          onChange={(v) => set('preferredChannel', v)}
        />
        <TimeZoneField value={draft.timezone} onChange={(v) => set('timezone', v)} error={errors.timezone} />
      </div>
      <fieldset>
        <legend>{clientText.contractLegend}</legend>
        <div className="grid-2">
          <TextField
            label="Conformity window (working days)"
            type="number"
            value={Number.isFinite(draft.contract.conformityDays) ? String(draft.contract.conformityDays) : ''}
            onChange={(v) => setContract('conformityDays', v === '' ? Number.NaN : Number(v))}
            hint={clientText.conformityHint}
            error={errors['contract.conformityDays']}
          />
          <SelectField
            label="Work beyond the agreed spec is"
            value={draft.contract.outOfScopeBilling}
            options={outOfScopeOptions}
            onChange={(v) => setContract('outOfScopeBilling', v)}
          />
          <TextField
            label="Hourly rate"
            type="number"
            value={draft.contract.hourlyRate === null ? '' : String(draft.contract.hourlyRate)}
            onChange={(v) => setContract('hourlyRate', v === '' ? null : Number(v))}
            error={errors['contract.hourlyRate']}
          />
          <TextField
            label="Currency"
            value={draft.contract.currency}
            onChange={(v) => setContract('currency', v.toUpperCase())}
            error={errors['contract.currency']}
            hint="GBP, USD, EUR…"
          />
        </div>
      </fieldset>
      <TextField label="Notes" multiline value={draft.notes} onChange={(v) => set('notes', v)} error={errors.notes} />
    </>
  );
}
