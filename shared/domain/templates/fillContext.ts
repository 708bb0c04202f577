// Turns the records at hand (client, brief, the VA's profile, an incident's details) into placeholder values.
import { localIsoDay } from '../dateDisplay';
import type { FillValues } from './placeholders';

export interface IncidentDetails {
  what?: string;
  impact?: string;
  alreadyDone?: string;
  fixAction?: string;
  fixBy?: string;
  prevention?: string;
}

export interface FillSources {
  client?: { name: string; business?: string; contract?: { hourlyRate: number | null; currency: string } } | null;
  brief?: { title: string; deadline?: string | null } | null;
  profile?: { name: string; businessName: string; email: string; phone: string; signature: string } | null;
  incident?: IncidentDetails | null;
  /** Anything else typed in by the VA (a change request, their instruction); wins over the records. */
  extra?: FillValues;
  today?: Date;
}

const firstWord = (name: string): string => name.trim().split(/\s+/)[0] ?? '';

/** `2026-11-27` as "Friday 27 November" (with the year when it is not this year). */
export function formatLongDate(iso: string, today: Date = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const sameYear = date.getUTCFullYear() === today.getFullYear();
  return date
    .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC', ...(sameYear ? {} : { year: 'numeric' }) })
    .replace(',', '');
}

function formatRate(contract: { hourlyRate: number | null; currency: string } | undefined): string | undefined {
  if (!contract || contract.hourlyRate === null) return undefined;
  const whole = Number.isInteger(contract.hourlyRate);
  try {
    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: contract.currency, minimumFractionDigits: whole ? 0 : 2 }).format(
      contract.hourlyRate,
    );
    return `${money} an hour`;
  } catch {
    return `${contract.hourlyRate} ${contract.currency} an hour`;
  }
}

/** Drops a trailing full stop: the templates end their own sentences. */
const tidy = (value: string | undefined): string | undefined => value?.trim().replace(/(?<!\.)\.$/, '') || undefined;

export function buildFillValues(sources: FillSources): FillValues {
  const { client, brief, profile, incident } = sources;
  const today = sources.today ?? new Date();
  const values: FillValues = {
    'client.name': client?.name,
    'client.firstName': client ? firstWord(client.name) : undefined,
    'client.business': client?.business,
    'client.rate': formatRate(client?.contract),
    'va.name': profile?.name,
    'va.firstName': profile ? firstWord(profile.name) : undefined,
    'va.businessName': profile?.businessName,
    'va.email': profile?.email,
    'va.phone': profile?.phone,
    'va.signature': profile?.signature,
    'brief.title': brief?.title,
    'brief.deadline': brief?.deadline ? formatLongDate(brief.deadline, today) : undefined,
    'incident.what': tidy(incident?.what),
    'incident.impact': tidy(incident?.impact),
    'incident.done': tidy(incident?.alreadyDone),
    'fix.action': tidy(incident?.fixAction),
    'fix.by': tidy(incident?.fixBy),
    prevention: tidy(incident?.prevention),
    today: formatLongDate(localIsoDay(today), today),
  };
  for (const [key, value] of Object.entries(sources.extra ?? {})) {
    const v = tidy(value);
    if (v !== undefined) values[key as keyof FillValues] = v;
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v.trim() !== '')) as FillValues;
}
