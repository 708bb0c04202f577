// The allow-list: the only facts a client-facing summary may be built from, copied field by field.
//
// Nothing is spread or passed through whole, so a field added to the incident, client, brief or profile later
// never reaches a client unless someone adds it here on purpose. Internal on purpose, and so absent: the
// paper-trail verdict and its note, the remedy and billing (and the remedy outcome), upset ratings, the pause,
// fix-or-ask reasoning, calls, apologies, the timeline, containment notes, time-entry notes, the cause in the
// VA's own words, severity, and the client's notes, contacts and contract. Time spent is carried only as a
// total and only appears when the VA includes it.
import type { Brief } from '../../model/brief';
import type { Client } from '../../model/client';
import type { ImpactKind, Incident, IncidentCause, IncidentStatus, SpottedBy } from '../../model/incident';
import type { BusinessProfile } from '../../model/settings';
import { timeTotals } from '../incidentTime';
import { type MessageKind, messageKind } from '../incidentVerdict';

export interface SummaryFacts {
  sender: {
    name: string;
    businessName: string;
    email: string;
    phone: string;
    signature: string;
    /** Only a data: URL of a PNG, JPEG or WebP image; anything else is dropped. */
    logoDataUrl: string;
  };
  client: { name: string; business: string } | null;
  /** What the document is (an incident summary, a change request…), from the verdict; never the verdict itself. */
  kind: MessageKind;
  briefTitle: string | null;
  happened: {
    description: string;
    happenedOn: string | null;
    reportedOn: string | null;
    spottedBy: SpottedBy | null;
    impacts: ImpactKind[];
    impactAmount: string;
  };
  /** The category only, which has fixed client-facing words (see words.ts); never the VA's own detail. */
  cause: IncidentCause | null;
  resolution: string;
  lesson: string;
  containActions: { label: string; at: string }[];
  fixSteps: { label: string; doneAt: string | null }[];
  prevention: { label: string }[];
  status: IncidentStatus;
  closedAt: string | null;
  /** The day the VA says it was put right, when they gave one. */
  resolvedOn: string | null;
  /** Total minutes of the time entries that stand; shown only when the VA includes time spent. */
  timeSpentMinutes: number;
}

export interface SummarySources {
  incident: Incident;
  client: Client | null;
  brief: Brief | null;
  profile: BusinessProfile;
}

const LOGO = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

export function summaryFacts({ incident, client, brief, profile }: SummarySources): SummaryFacts {
  const h = incident.answers.happened;
  const c = incident.answers.close;
  return {
    sender: {
      name: profile.name,
      businessName: profile.businessName,
      email: profile.email,
      phone: profile.phone,
      signature: profile.signature,
      logoDataUrl: LOGO.test(profile.logoDataUrl) ? profile.logoDataUrl : '',
    },
    client: client === null ? null : { name: client.name, business: client.business },
    kind: messageKind(incident.answers.paperTrail.verdict),
    briefTitle: brief === null ? null : brief.title,
    happened: {
      description: h.description,
      happenedOn: h.happenedOn,
      reportedOn: h.reportedOn,
      spottedBy: h.spottedBy,
      impacts: [...h.impacts],
      impactAmount: h.impactAmount,
    },
    cause: c.cause,
    resolution: c.resolution,
    lesson: c.lesson,
    containActions: incident.containActions.map((a) => ({ label: a.label, at: a.at })),
    fixSteps: incident.fixTasks.map((t) => ({ label: t.label, doneAt: t.doneAt })),
    prevention: incident.prevention.map((p) => ({ label: p.label })),
    status: incident.status,
    closedAt: incident.closedAt,
    resolvedOn: c.resolvedOn ?? null,
    timeSpentMinutes: timeTotals(incident.timeEntries, false).totalMinutes,
  };
}
