// The client's time zone, chosen from the IANA list this computer knows: type part of a city or region to search
// (a datalist), and the model refuses anything not on the list. Shows the client's time now once one is chosen.
import { useMemo } from 'react';
import { isKnownTimeZone } from '../../../../shared/model/client';
import { FieldShell } from '../../ui/Field';

let zones: string[] | undefined;
function allZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone')] : ['UTC'];
  return zones;
}

function timeIn(zone: string): string | null {
  if (zone === '' || !isKnownTimeZone(zone)) return null;
  return new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date());
}

export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string | undefined }) {
  const options = useMemo(allZones, []);
  const now = timeIn(value);
  return (
    <FieldShell label="Time zone" hint={now ? `Their time now: ${now}` : 'Type a city to search, for example London or Manila.'} error={error}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            type="text"
            list={`${id}-zones`}
            value={value}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {options.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </FieldShell>
  );
}
