// Checks the risk-flag detector, the amount finder and the figure comparison used when a VA retypes amounts.
import { describe, expect, it } from 'vitest';
import {
  combinedAdvice,
  compareFigures,
  detectRiskFlags,
  extractAmounts,
  RISK_FLAG_ADVICE,
  RISK_FLAG_KINDS,
  RISK_FLAG_WORDING,
  type RiskFlag,
  type RiskFlagKind,
} from '../../../../shared/domain/riskFlags';

const kindsOf = (text: string): RiskFlagKind[] => [...new Set(detectRiskFlags(text).map((f) => f.kind))].sort();
const phrasesOf = (text: string, kind: RiskFlagKind): string[] =>
  detectRiskFlags(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.phrase);

function expectWellFormed(text: string, flags: RiskFlag[]): void {
  for (const f of flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(f.advice).toBe(RISK_FLAG_ADVICE[f.kind]);
  }
  for (let i = 1; i < flags.length; i += 1) {
    const a = flags[i - 1]!;
    const b = flags[i]!;
    expect(a.start < b.start || (a.start === b.start && a.kind < b.kind)).toBe(true);
  }
  for (const kind of RISK_FLAG_KINDS) {
    const same = flags.filter((f) => f.kind === kind);
    for (let i = 1; i < same.length; i += 1) {
      // Same-kind flags never overlap: overlapping matches are merged.
      expect(same[i]!.start).toBeGreaterThanOrEqual(same[i - 1]!.end);
    }
  }
}

describe('detectRiskFlags: the stories', () => {
  it('flags the label story as destructive and bulk, with the count', () => {
    const text = 'Delete the Newsletters label and all 6,000 emails in it';
    const flags = detectRiskFlags(text);
    expect(kindsOf(text)).toEqual(['bulk', 'destructive']);
    expect(phrasesOf(text, 'destructive')).toEqual(['Delete']);
    expect(phrasesOf(text, 'bulk')).toEqual(['all', '6,000 emails']);
    expect(flags.map((f) => f.kind)).toEqual(['destructive', 'bulk', 'bulk']);
    expectWellFormed(text, flags);
  });

  it('flags the invoice story as money, amount and word', () => {
    const text = 'Please book the £8,000 invoice';
    expect(kindsOf(text)).toEqual(['money']);
    expect(phrasesOf(text, 'money')).toEqual(['£8,000', 'invoice']);
    const amount = detectRiskFlags(text)[0]!;
    expect(amount).toMatchObject({ kind: 'money', start: 16, end: 22, phrase: '£8,000' });
  });
});

describe('detectRiskFlags: each kind', () => {
  const cases: [string, RiskFlagKind, string][] = [
    ['Please delete the old drafts', 'destructive', 'delete'],
    ['She is deleting the backups', 'destructive', 'deleting'],
    ['I deleted it yesterday', 'destructive', 'deleted'],
    ['This removes the tag', 'destructive', 'removes'],
    ['The files were removed', 'destructive', 'removed'],
    ['Purge the spam', 'destructive', 'Purge'],
    ['Wipe the laptop', 'destructive', 'Wipe'],
    ['Erase the history', 'destructive', 'Erase'],
    ['Then empty the bin', 'destructive', 'empty the bin'],
    ['Empty Trash when done', 'destructive', 'Empty Trash'],
    ['This will overwrite the sheet', 'destructive', 'overwrite'],
    ['Archive-and-delete the old ones', 'destructive', 'Archive-and-delete'],
    ['Unsubscribe me from these', 'destructive', 'Unsubscribe'],
    ['Clear out the shared folder', 'destructive', 'Clear out'],
    ['Drop the contacts table', 'destructive', 'Drop'],
    ['Cancel the subscription today', 'destructive', 'Cancel the subscription'],
    ['Do it in bulk', 'bulk', 'bulk'],
    ['Send a mass email', 'bulk', 'mass'],
    ['Tidy every folder', 'bulk', 'every'],
    ['Move the entire archive', 'bulk', 'entire'],
    ['Go through the whole inbox', 'bulk', 'whole inbox'],
    ['Move the whole folder', 'bulk', 'whole folder'],
    ['Tag the whole label', 'bulk', 'whole label'],
    ['Import 300 contacts', 'bulk', '300 contacts'],
    ['There are hundreds of duplicates', 'bulk', 'hundreds of'],
    ['Check 6k emails first', 'bulk', '6k emails'],
    ['Refund the customer', 'money', 'Refund'],
    ['Run payroll on Friday', 'money', 'payroll'],
    ['Update the bank details', 'money', 'bank details'],
    ['Set up a direct debit', 'money', 'direct debit'],
    ['Make the payment', 'money', 'payment'],
    ['Pay the designer', 'money', 'Pay'],
    ['Make a transfer', 'money', 'transfer'],
    ['Raise the invoices', 'money', 'invoices'],
    ['Send the quote', 'irreversible', 'Send'],
    ['Publish the post', 'irreversible', 'Publish'],
    ['We go live at nine', 'irreversible', 'go live'],
    ['Submit the form', 'irreversible', 'Submit'],
    ['Close the account', 'irreversible', 'Close the account'],
    ['Schedule the email blast', 'irreversible', 'Schedule the email blast'],
    ['Cancel the meeting', 'irreversible', 'Cancel'],
    ['Store the password safely', 'access', 'password'],
    ['Her logins are in the vault', 'access', 'logins'],
    ['Update the credentials', 'access', 'credentials'],
    ['Check the permissions', 'access', 'permissions'],
    ['Stop sharing the folder', 'access', 'sharing'],
    ['Give him admin rights', 'access', 'admin rights'],
    ['Read me the 2FA code', 'access', '2FA code'],
    ['Email the customers', 'external', 'customers'],
    ['Thank the subscribers', 'external', 'subscribers'],
    ['Update the mailing list', 'external', 'mailing list'],
    ['Only the newsletter recipients', 'external', 'newsletter recipients'],
    ['Chase the suppliers', 'external', 'suppliers'],
    ['This goes to the public', 'external', 'public'],
    ['Post it for social media followers', 'external', 'social media'],
  ];

  it.each(cases)('%s → %s (%s)', (text, kind, phrase) => {
    const flags = detectRiskFlags(text);
    expect(flags.filter((f) => f.kind === kind).map((f) => f.phrase)).toContain(phrase);
    expectWellFormed(text, flags);
  });

  it('flags cancelling a subscription as both destructive and irreversible', () => {
    expect(kindsOf('Cancel subscription for the gym')).toEqual(['destructive', 'irreversible']);
  });

  it('reads "shared drive" as a place, not as sharing access', () => {
    expect(kindsOf('Remove everything from the shared drive')).toEqual(['bulk', 'destructive']);
    expect(phrasesOf('Share the shared drive with him', 'access')).toEqual(['Share']);
  });

  it('flags everyone on a list as bulk and external', () => {
    const text = 'Email everyone on the mailing list';
    expect(phrasesOf(text, 'bulk')).toEqual(['everyone']);
    expect(phrasesOf(text, 'external')).toEqual(['everyone on the mailing list']);
  });

  it('does not count small numbers of items as bulk', () => {
    expect(kindsOf('Send 2 emails and delete 9 files')).toEqual(['destructive', 'irreversible']);
    expect(phrasesOf('Delete 10 files', 'bulk')).toEqual(['10 files']);
  });

  it('flags social media followers as external', () => {
    expect(phrasesOf('Post it for our social media followers', 'external')).toEqual(['social media', 'followers']);
  });
});

describe('detectRiskFlags: nothing to flag', () => {
  const harmless = [
    '',
    'Thanks for the update, see you on Tuesday.',
    'Could you find a time for a call next week?',
    'Please allocate the premium slots in the overall plan.',
    'The client likes a calm tone in replies.',
    'Thanks all, have a good weekend. All the best, Sam',
    'She installed the new calendar app and it works well.',
    'Use the drop-down menu to pick a colour, and drop me a line after.',
    'We met in 2024 and spoke for 15 minutes at 10:30 on 12/05.',
    'The report is massive and the weather was entirely lovely.',
    'Keep me posted about the everyday routine.',
    'Sent from my iPhone',
    'Pin the agenda to the top of the channel.',
    'Pay attention to the tone of the reply.',
    'Hi everyone, all done. Hello all, thanks again.',
    'Could you draft a reply to Jane about the meeting?',
    'Book a table for two at 7pm.',
  ];

  it.each(harmless)('returns [] for %j', (text) => {
    expect(detectRiskFlags(text)).toEqual([]);
  });

  it('returns [] for an empty string and for whitespace', () => {
    expect(detectRiskFlags('')).toEqual([]);
    expect(detectRiskFlags('   \n\t ')).toEqual([]);
  });
});

describe('detectRiskFlags: word boundaries', () => {
  const traps: [string, RiskFlagKind][] = [
    ['allocate', 'bulk'],
    ['overall', 'bulk'],
    ['install', 'bulk'],
    ['ballpark', 'bulk'],
    ['everyday', 'bulk'],
    ['massive', 'bulk'],
    ['premium', 'money'],
    ['display', 'money'],
    ['deleterious', 'destructive'],
    ['Dropbox', 'destructive'],
    ['postpone', 'irreversible'],
    ['publisher', 'irreversible'],
    ['sender', 'irreversible'],
    ['accessible', 'access'],
    ['customs', 'external'],
    ['republic', 'external'],
  ];

  it.each(traps)('does not read %s as %s', (word, kind) => {
    expect(detectRiskFlags(`Please look at the ${word} today.`).some((f) => f.kind === kind)).toBe(false);
  });

  it('is case-insensitive', () => {
    expect(phrasesOf('DELETE ALL', 'destructive')).toEqual(['DELETE']);
    expect(phrasesOf('DELETE ALL', 'bulk')).toEqual(['ALL']);
    expect(phrasesOf('dElEtEd', 'destructive')).toEqual(['dElEtEd']);
  });

  it('sees words next to punctuation, quotes and hyphens', () => {
    expect(phrasesOf('"Delete," she said.', 'destructive')).toEqual(['Delete']);
    expect(phrasesOf('(remove)', 'destructive')).toEqual(['remove']);
    expect(phrasesOf('re-send it', 'irreversible')).toEqual(['send']);
  });

  it('treats accented letters as part of a word', () => {
    expect(detectRiskFlags('The allé café').some((f) => f.kind === 'bulk')).toBe(false);
  });
});

describe('detectRiskFlags: offsets, order and duplicates', () => {
  const batch = [
    'Delete the Newsletters label and all 6,000 emails in it',
    'Please book the £8,000 invoice',
    'Transfer $1.2k to the supplier and 80,000 EUR to payroll, plus 8k and €72,000.50',
    'Send the newsletter to all subscribers on the mailing list tomorrow',
    'Share the admin password and the 2FA code with the new hire 😊 then delete the chat',
    'Cancel the subscription and close the account.',
    '“Archive-and-delete” old threads, empty the bin and clear out the drafts folder',
    'Hundreds of contacts, a hundred customers, fifty unread emails and 300 contacts',
    '🚀🚀 Remove every 😀 entry, then pay £250 — emoji before offsets matter',
    'Résumé: supprimer? No — just remove the whole mailbox\nand refund €1.234,50 to customers',
    'Post on LinkedIn, publish the blog and go live with the bulk send to all followers',
  ];

  it.each(batch)('slices exactly for %j', (text) => {
    const flags = detectRiskFlags(text);
    expect(flags.length).toBeGreaterThan(0);
    expectWellFormed(text, flags);
  });

  it('keeps offsets right after astral characters (UTF-16)', () => {
    // Each emoji is two UTF-16 code units, so "delete" starts at 5, not 3.
    const text = '😀😀 delete';
    const [flag] = detectRiskFlags(text);
    expect(flag).toMatchObject({ kind: 'destructive', start: 5, end: 11, phrase: 'delete' });
  });

  it('merges overlapping matches of the same kind into one flag', () => {
    const text = 'Archive and delete the lot';
    const destructive = detectRiskFlags(text).filter((f) => f.kind === 'destructive');
    expect(destructive).toHaveLength(1);
    expect(destructive[0]!.phrase).toBe('Archive and delete');
  });

  it('never repeats a span for the same kind', () => {
    for (const text of batch) {
      const keys = detectRiskFlags(text).map((f) => `${f.kind}:${f.start}:${f.end}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('sorts by start, then by kind name', () => {
    const flags = detectRiskFlags('Cancel the subscription');
    expect(flags.map((f) => [f.start, f.kind])).toEqual([
      [0, 'destructive'],
      [0, 'irreversible'],
    ]);
  });

  it('is a pure function: same input, same output', () => {
    const text = batch.join(' ');
    expect(detectRiskFlags(text)).toEqual(detectRiskFlags(text));
  });
});

describe('detectRiskFlags: property-style checks', () => {
  // Small deterministic generator so failures are reproducible.
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const vocabulary = [
    'delete',
    'all',
    'allocate',
    '£8,000',
    '8k',
    'emails',
    '6,000',
    'the',
    'invoice',
    'send',
    'password',
    'customers',
    'premium',
    'and',
    'whole',
    'folder',
    '😀',
    'café',
    '-',
    '—',
    ',',
    '.',
    '\n',
    '(',
    ')',
    '1,5',
    '2024',
    'hundreds',
    'of',
    'removed',
    'share',
    'public',
    'cancel',
    'subscription',
    '€72,000.50',
  ];

  it('always returns well-formed flags for random sentences', () => {
    const rand = seeded(42);
    for (let i = 0; i < 300; i += 1) {
      const length = 1 + Math.floor(rand() * 25);
      const words = Array.from({ length }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
      const sep = rand() < 0.5 ? ' ' : '  ';
      const text = words.join(sep);
      expectWellFormed(text, detectRiskFlags(text));
    }
  });

  it('shifts offsets by the length of harmless text put in front', () => {
    const rand = seeded(7);
    for (let i = 0; i < 100; i += 1) {
      const words = Array.from({ length: 8 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
      const text = words.join(' ');
      const prefix = 'Good morning. ';
      const plain = detectRiskFlags(text);
      const shifted = detectRiskFlags(prefix + text);
      expect(shifted.map((f) => ({ ...f, start: f.start - prefix.length, end: f.end - prefix.length }))).toEqual(plain);
    }
  });

  it('copes with random printable noise and long inputs quickly', () => {
    const rand = seeded(99);
    const noise = Array.from({ length: 20000 }, () => String.fromCharCode(32 + Math.floor(rand() * 95))).join('');
    const started = Date.now();
    expectWellFormed(noise, detectRiskFlags(noise));
    expectWellFormed('- '.repeat(20000), detectRiskFlags('- '.repeat(20000)));
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('advice', () => {
  it('has one calm sentence per kind', () => {
    for (const kind of RISK_FLAG_KINDS) {
      const advice = RISK_FLAG_ADVICE[kind];
      expect(advice.length).toBeGreaterThan(20);
      expect(advice.endsWith('.')).toBe(true);
      expect(advice).not.toContain('!');
      expect(advice.slice(0, -1)).not.toMatch(/[.?]\s/);
    }
    expect(RISK_FLAG_ADVICE.destructive).toBe(
      "Deleting can't always be undone: confirm in writing, check what it contains, and make sure you have a backup or an undo window.",
    );
  });

  it('keeps every word in one reviewed object', () => {
    expect(Object.keys(RISK_FLAG_WORDING.advice).sort()).toEqual([...RISK_FLAG_KINDS].sort());
    expect(Object.keys(RISK_FLAG_WORDING.checks).sort()).toEqual([...RISK_FLAG_KINDS].sort());
  });

  it('combines bulk and destructive into one short sentence', () => {
    const flags = detectRiskFlags('Delete the Newsletters label and all 6,000 emails in it');
    expect(combinedAdvice(flags)).toBe('Bulk + destructive: confirm in writing, check what it contains, make sure it can be undone.');
  });

  it('names a single kind and does not repeat checks', () => {
    expect(combinedAdvice(detectRiskFlags('Please book the £8,000 invoice'))).toBe("Money: confirm in writing, retype each amount, check the payee's details.");
    const all = combinedAdvice(RISK_FLAG_KINDS.map((kind) => ({ kind })));
    expect(all.match(/confirm in writing/g)).toHaveLength(1);
    expect(all).not.toContain('!');
    expect(combinedAdvice([])).toBe('');
  });
});

describe('extractAmounts', () => {
  it('finds amounts with and without currency', () => {
    const text = 'Transfer $1.2k to the supplier and 80,000 EUR to payroll, plus 8k and €72,000.50';
    expect(extractAmounts(text).map((a) => [a.phrase, a.value])).toEqual([
      ['$1.2k', 1200],
      ['80,000 EUR', 80000],
      ['8k', 8000],
      ['€72,000.50', 72000.5],
    ]);
  });

  it('gives offsets that slice back to the phrase', () => {
    const text = 'Refund €1.234,50, pay GBP 300 and -£50; the 8,000 invoice is due';
    const amounts = extractAmounts(text);
    for (const a of amounts) expect(text.slice(a.start, a.end)).toBe(a.phrase);
    expect(amounts.map((a) => a.value)).toEqual([1234.5, 300, -50, 8000]);
  });

  it('reads a bare number as money only when the sentence is about money', () => {
    expect(extractAmounts('Please book the 8,000 invoice').map((a) => a.value)).toEqual([8000]);
    expect(extractAmounts('Pay 250 to Joe').map((a) => a.value)).toEqual([250]);
    expect(extractAmounts('Import 300 contacts')).toEqual([]);
    expect(extractAmounts('Delete the 6,000 emails')).toEqual([]);
  });

  it('skips phone numbers, references and sort codes', () => {
    const text = 'Call 07700 900123 about the invoice INV-1042 and order 5531, sort code 12-34-56';
    expect(extractAmounts(text)).toEqual([]);
    expect(extractAmounts('Please pay invoice 1234 of 2,400').map((a) => a.phrase)).toEqual(['2,400']);
  });

  it('reads a year-like number as money after a money verb', () => {
    expect(extractAmounts('Pay 2000 to the supplier').map((a) => a.value)).toEqual([2000]);
    expect(extractAmounts('The 2024 invoice is paid')).toEqual([]);
  });

  it('reads currency codes and words on either side', () => {
    const text = 'GBP8000, 8000GBP, 8,000 pounds, EUR 80,000, US$5, 5 quid and £.50';
    expect(extractAmounts(text).map((a) => [a.phrase, a.value])).toEqual([
      ['GBP8000', 8000],
      ['8000GBP', 8000],
      ['8,000 pounds', 8000],
      ['EUR 80,000', 80000],
      ['US$5', 5],
      ['5 quid', 5],
      ['£.50', 0.5],
    ]);
  });

  it('skips years, times, dates and percentages', () => {
    expect(extractAmounts('In 2024 we paid on time at 10:30 on 12/05, about 10% of the fee')).toEqual([]);
  });

  it('keeps £1.2m exact', () => {
    expect(extractAmounts('Budget £1.2m')[0]?.value).toBe(1200000);
    expect(extractAmounts('Budget £0.3m')[0]?.value).toBe(300000);
  });

  it('returns [] for plain text and an empty string', () => {
    expect(extractAmounts('')).toEqual([]);
    expect(extractAmounts('Nothing to pay here')).toEqual([]);
  });
});

describe('compareFigures', () => {
  const matching: [string, string][] = [
    ['£8,000', '8000'],
    ['8000', '8k'],
    ['£8,000', '8k'],
    ['8K', '8,000.00'],
    ['1.2m', '1200000'],
    ['1.2M', '1,200,000'],
    ['$1.2k', '1200'],
    ['1.2bn', '1,200,000,000'],
    ['80,000 EUR', '€80000'],
    ['GBP 8,000', '£8000'],
    ['USD 5', '$5.00'],
    ['  8 000  ', '8000'],
    ['8\u2009000', '8000'],
    ['8\u202F000', '8000'],
    ["1'234.50", '1234.5'],
    ['€72,000.50', '72000.5'],
    ['-8,000', '(8,000)'],
    ['-£8k', '£-8000'],
    ['−250', '-250'],
    ['0.1', '.10'],
    ['1,000,000', '1m'],
    ['£10', '10 pounds'],
  ];

  it.each(matching)('%j matches %j', (a, b) => {
    expect(compareFigures(a, b).match).toBe(true);
    expect(compareFigures(b, a).match).toBe(true);
  });

  it('reports both values when they differ', () => {
    expect(compareFigures('80,000', '8,000')).toEqual({ match: false, first: 80000, second: 8000 });
    expect(compareFigures('£8,000', '£800')).toEqual({ match: false, first: 8000, second: 800 });
    expect(compareFigures('8k', '8m')).toEqual({ match: false, first: 8000, second: 8000000 });
    expect(compareFigures('-50', '50')).toEqual({ match: false, first: -50, second: 50 });
  });

  it('gives exact values with no float drift', () => {
    expect(compareFigures('1.2m', '0').first).toBe(1200000);
    expect(compareFigures('0.3m', '0').first).toBe(300000);
    expect(compareFigures('1.1k', '1100').match).toBe(true);
    expect(compareFigures('0.1', '0.10000000001').match).toBe(true);
  });

  it('compares to the penny', () => {
    expect(compareFigures('10.004', '10.00').match).toBe(true);
    expect(compareFigures('10.01', '10.00').match).toBe(false);
    expect(compareFigures('1.005', '1.01').match).toBe(true);
  });

  it('follows the rule for ambiguous separators', () => {
    // A comma before exactly 3 digits groups thousands; before 1–2 digits it is a decimal comma.
    expect(compareFigures('8,000', '8000').match).toBe(true);
    expect(compareFigures('8,50', '8.5').match).toBe(true);
    expect(compareFigures('8,5', '8.50').match).toBe(true);
    // With both marks, the last one is the decimal point.
    expect(compareFigures('8.000,50', '8000.50').match).toBe(true);
    expect(compareFigures('1.234.567,89', '1,234,567.89').match).toBe(true);
    expect(compareFigures('1 234,56', '1234.56').match).toBe(true);
    // A lone dot is a decimal point; repeated dots group thousands.
    expect(compareFigures('8.000', '8').match).toBe(true);
    expect(compareFigures('8.000.000', '8m').match).toBe(true);
  });

  it('returns null for unreadable input and never matches it', () => {
    const unreadable = ['', '   ', 'abc', 'eight thousand', '1,2345', '1,234,56', '8..0', '£', '--5', '1.2.3', '12,34,567'];
    for (const raw of unreadable) {
      const result = compareFigures(raw, '8000');
      expect(result.first).toBeNull();
      expect(result.match).toBe(false);
      expect(compareFigures('8000', raw).second).toBeNull();
    }
    expect(compareFigures('abc', 'abc')).toEqual({ match: false, first: null, second: null });
  });

  it('does not match two different named currencies', () => {
    expect(compareFigures('£8,000', '€8,000')).toEqual({ match: false, first: 8000, second: 8000 });
    expect(compareFigures('$8,000', 'USD 8000').match).toBe(true);
  });

  it('is symmetric on a range of figures', () => {
    const figures = ['8000', '£8k', '8,000.00', '80,000', '1.2m', '-3', '(3)', '0', '€0.50', '1,5'];
    for (const a of figures) {
      for (const b of figures) {
        const ab = compareFigures(a, b);
        const ba = compareFigures(b, a);
        expect(ab.match).toBe(ba.match);
        expect(ab.first).toBe(ba.second);
      }
    }
  });
});
