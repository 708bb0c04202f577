// Words a VA's records are made of, and a seeded random source, so the ten-year data reads like real
// work and comes out the same on every machine.

/** mulberry32: small, fast and good enough for test data; the same seed gives the same data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  /** A v4-shaped id drawn from the seed (randomUUID would differ on every run). */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const sentences = (bank: readonly string[], min: number, max: number) => Array.from({ length: int(min, max) }, () => pick(bank)).join(' ');
  return { next, int, pick, chance, uuid, sentences };
}
export type Random = ReturnType<typeof seededRandom>;

export const firstNames = [
  'Ada',
  'Grace',
  'Priya',
  'Tom',
  'Lena',
  'Marcus',
  'Sofia',
  'Kwame',
  'Hannah',
  'Diego',
  'Mei',
  'Olu',
  'Claire',
  'Rafael',
  'Aisha',
  'Jonas',
  'Fiona',
  'Yusuf',
  'Nora',
  'Ben',
];
export const lastNames = [
  'Lovelace',
  'Hopper',
  'Patel',
  'Okafor',
  'Schmidt',
  'Brown',
  'Rossi',
  'Mensah',
  'Clarke',
  'Alvarez',
  'Chen',
  'Adeyemi',
  'Dubois',
  'Silva',
  'Khan',
  'Berg',
  'Murray',
  'Aydin',
  'Walsh',
  'Cohen',
];
export const businesses = [
  'Bright Path Coaching',
  'Northwind Bakery',
  'Harbour Dental',
  'Little Acorns Nursery',
  'Tidewater Lettings',
  'Blue Fern Yoga',
  'Keystone Accounting',
  'Meadow & Co Florists',
  'Copperline Studio',
  'Oakridge Physio',
];
export const timezones = ['Europe/London', 'Europe/Dublin', 'America/New_York', 'America/Chicago', 'Australia/Sydney', 'Europe/Berlin'];

export const briefTitles = [
  'Tidy the shared inbox and set up filters',
  'Book travel for the March conference',
  'Update the price list on the website',
  'Chase three overdue invoices',
  'Draft the monthly newsletter',
  'Reconcile last quarter’s expenses',
  'Set up the new client onboarding form',
  'Schedule social posts for the launch week',
  'Clean up the CRM contact list',
  'Prepare the board meeting pack',
  'Research venues for the summer party',
  'Transcribe the podcast episode',
  'Migrate the calendar to the new booking tool',
  'Write product descriptions for ten items',
  'Organise the shared drive folders',
];

export const briefSentences = [
  'The client wants this done before the end of the week, ideally by Thursday afternoon.',
  'Use the brand colours and the template from the last campaign.',
  'Only the contacts tagged as active should be touched; leave the archived ones alone.',
  'Send a short summary of what changed when it is finished.',
  'The login details are in the shared password manager under the client’s name.',
  'Double-check every amount against the original spreadsheet before sending anything.',
  'If anything looks unclear, ask before making changes that cannot be undone.',
  'Keep the tone friendly but professional, as in previous emails to this list.',
  'The deadline is firm because the printer needs the files on Monday.',
  'Attach the receipts as one PDF, named by date, in the finance folder.',
  'Nothing should be deleted; move anything doubtful to the review folder instead.',
  'The client prefers a quick call over a long email for questions.',
];

export const trailSentences = [
  'Hi! Could you please take care of this today if possible?',
  'Just to confirm, the budget for this is £250 including VAT.',
  'Please don’t email the whole list yet, only the ten VIP customers.',
  'Yes, go ahead with the second option we discussed on the call.',
  'Sorry for the late reply, the date has moved to the 14th.',
  'Can you also add the new team members to the calendar invite?',
  'The file I sent earlier was the wrong version, use this one instead.',
  'Thanks, that looks great. One small change: use the old logo.',
  'Let’s hold off on the social posts until I hear back from the designer.',
  'Confirmed: delivery to the shared folder by 5pm is perfect.',
];

export const incidentDescriptions = [
  'Sent the newsletter to the full list instead of the test group.',
  'Booked the train for the wrong day; noticed when the client asked for the tickets.',
  'Deleted a folder of drafts the client still needed.',
  'Missed the deadline for the board pack by half a day.',
  'Entered the invoice amount with a misplaced decimal point.',
];

export const timelineTexts = [
  'Stopped the scheduled send and checked who received it.',
  'Called the client and explained what happened.',
  'Restored the previous version from the backup.',
  'Sent a short apology with the corrected file.',
  'Added a check to the checklist so it does not happen again.',
  'Logged the time spent fixing it.',
];

export const templateBodies = [
  'Hi {{client.firstName}},\n\nI wanted to let you know straight away that {{incident.what}}. I have already {{incident.done}}, and I will {{fix.action}} by {{fix.by}}.\n\nI am sorry for the trouble this caused.\n\nBest,\n{{va.name}}',
  'Hi {{client.firstName}},\n\nQuick check before I start: could you confirm what is in scope for this one? I want to make sure I get it right first time.\n\nThanks,\n{{va.name}}',
];
