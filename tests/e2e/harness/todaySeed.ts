// A seeded data file for the Today, search and insights specs: dates are relative to the day the tests
// run, so "closes today" is always today. Records go through the model's schema, like a real stored file.
import { addWorkingDays, addDays, type IsoDate } from '../../../shared/domain/workingDays';
import { dataDocument, SCHEMA_VERSION } from '../../../shared/model/document';
import { makeBrief, makeClient, makeEntry, makeIncident } from '../../unit/insights/records';

export const DATA_FILE = 'steadyhand.json';

export function localToday(date = new Date()): IsoDate {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const at = (day: IsoDate, time = '10:00') => new Date(`${day}T${time}:00`).toISOString();

export function seededDocument(today = localToday()) {
  const region = 'GB-ENG';
  const noor = makeClient('Noor Haddad', { conformityDays: 3 });
  const sam = makeClient('Sam Okafor', { conformityDays: 5 });
  const newsletter = makeBrief(noor, 'Patient newsletter', {
    status: 'delivered',
    deliveredOn: addWorkingDays(today, -3, region),
    startedAt: at(addDays(today, -10)),
  });
  const websiteCopy = makeBrief(noor, 'Website copy', { status: 'clarifying', deadline: addDays(today, 7) });
  const spreadsheet = makeBrief(sam, 'Spreadsheet tidy', {
    status: 'in-progress',
    startedAt: at(addDays(today, -3)),
    override: { reason: 'Sam needed it started before the audit.', at: at(addDays(today, -3)), openItems: ['Which tabs to keep'] },
  });
  const report = makeBrief(sam, 'Quarterly report', {
    status: 'delivered',
    deliveredOn: addWorkingDays(today, -12, region),
    startedAt: at(addDays(today, -20)),
  });
  const onboarding = makeBrief(sam, 'Client onboarding pack', {
    status: 'accepted',
    deliveredOn: addDays(today, -35),
    startedAt: at(addDays(today, -40)),
    override: { reason: 'Started before the welcome call.', at: at(addDays(today, -40)) },
  });
  const incidents = [
    makeIncident({
      client: noor,
      brief: newsletter,
      description: 'Sent the newsletter to the old mailing list',
      reportedOn: today,
      createdAt: at(today, '09:00'),
      screen: 'fix',
      fixTasks: [{ label: 'Resend the newsletter to the right list', done: false }],
    }),
    makeIncident({
      client: sam,
      brief: onboarding,
      description: 'Welcome pack had the wrong start date',
      reportedOn: addDays(today, -30),
      createdAt: at(addDays(today, -30)),
      closedAt: at(addDays(today, -28)),
      cause: 'rushed',
      lesson: 'Slow down and check the dates before sending.',
    }),
    makeIncident({
      client: sam,
      brief: spreadsheet,
      description: 'Deleted a tab Sam still needed',
      reportedOn: addDays(today, -20),
      createdAt: at(addDays(today, -20)),
      closedAt: at(addDays(today, -16)),
      cause: 'brief-unclear',
      lesson: 'Confirm the scope in writing before starting.',
    }),
    makeIncident({
      client: sam,
      description: 'Booked the call for the wrong day',
      reportedOn: addDays(today, -10),
      createdAt: at(addDays(today, -10)),
      closedAt: at(addDays(today, -10), '16:00'),
      cause: 'rushed',
      lesson: 'Confirm the date in writing.',
    }),
  ];
  const paperTrail = [
    makeEntry(noor, websiteCopy, 'Please keep the marigold colour for the headings, and the old strapline.'),
    makeEntry(noor, newsletter, 'Send it to the new list, not the old one.'),
  ];
  const doc = dataDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    clients: [noor, sam],
    briefs: [newsletter, websiteCopy, spreadsheet, report, onboarding],
    paperTrail,
    incidents,
  });
  return { doc, today, briefs: { newsletter, websiteCopy, spreadsheet, report, onboarding }, incidents };
}

/** One client with `count` deliveries long past their window, all awaiting acceptance. */
export function manyDeliveriesDocument(count: number, today = localToday()) {
  const ada = makeClient('Ada Byron', { conformityDays: 3 });
  const briefs = Array.from({ length: count }, (_, i) =>
    makeBrief(ada, `Monthly report ${i + 1}`, { status: 'delivered', deliveredOn: addDays(today, -30 - i) }),
  );
  return dataDocument.parse({ schemaVersion: SCHEMA_VERSION, clients: [ada], briefs, paperTrail: [] });
}
