// The message builders: "Ask the client", "Confirm the brief", the quick-question record and holding reply.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLIST } from '../../../../shared/domain/checklistBuiltIns';
import {
  askClientMessage,
  briefRecap,
  clarificationQuestions,
  confirmBriefMessage,
  formatLongDate,
  greetingName,
  holdingReply,
  QUICK_QUESTION_CHECKS,
  quickQuestionAnswerWords,
  riskSentence,
  type Sender,
} from '../../../../shared/domain/clarificationMessages';
import { RISK_FLAG_KINDS, type RiskFlagKind } from '../../../../shared/domain/riskFlags';
import { emptyBriefFields } from '../../../../shared/model/brief';

const sam: Sender = { name: 'Sam Ortiz', businessName: 'Ortiz VA Services', signature: '' };
const nobody: Sender = { name: '', businessName: '', signature: '' };

const builtInItems = BUILT_IN_CHECKLIST.map((b) => ({ state: 'open' as const, clientQuestion: b.clientQuestion, builtInKey: b.key }));

function noShouting(text: string) {
  expect(text).not.toContain('!');
  expect(text).not.toMatch(/\S {2,}/);
}

describe('greetingName', () => {
  it.each([
    ['Harriet Lane', 'Harriet'],
    ['  harriet   lane ', 'harriet'],
    ['Cher', 'Cher'],
    ['Dr Amaka Okafor', 'Dr Okafor'],
    ['Mrs. Jane Smith', 'Mrs. Smith'],
    ['Dr', 'Dr'],
    ['', ''],
    ['   ', ''],
    ['José María García', 'José'],
  ])('%j → %j', (name, expected) => expect(greetingName(name)).toBe(expected));
});

describe('formatLongDate', () => {
  it('writes a date out in full, in UK order, whatever the time zone', () => {
    expect(formatLongDate('2026-11-27')).toBe('Friday 27 November 2026');
    expect(formatLongDate('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatLongDate('2026-01-01')).toBe('Thursday 1 January 2026');
  });

  it('returns anything that is not a date as it is', () => {
    expect(formatLongDate('next Friday')).toBe('next Friday');
    expect(formatLongDate('2026-02-30')).toBe('2026-02-30');
    expect(formatLongDate('')).toBe('');
  });
});

describe('clarificationQuestions', () => {
  it('asks every open built-in question the client can answer, in order, leaving amounts out without money', () => {
    const questions = clarificationQuestions(builtInItems, []);
    const expected = BUILT_IN_CHECKLIST.filter((b) => b.clientQuestion && b.askOnlyWithFlags.length === 0).map((b) => b.clientQuestion);
    expect(questions).toEqual(expected);
    expect(questions.some((q) => q.includes('amounts'))).toBe(false);
  });

  it('asks about amounts when the brief mentions money', () => {
    expect(clarificationQuestions(builtInItems, ['money']).some((q) => q.includes('amounts'))).toBe(true);
  });

  it('leaves out ticked, not-needed and retired items, and the VA’s own checks', () => {
    const items = [
      { state: 'done' as const, clientQuestion: 'Done?', builtInKey: null },
      { state: 'not-needed' as const, clientQuestion: 'Not needed?', builtInKey: null },
      { state: 'open' as const, clientQuestion: 'Retired?', builtInKey: null, retired: true },
      { state: 'open' as const, clientQuestion: '   ', builtInKey: null },
      { state: 'open' as const, clientQuestion: 'Which labels stay?', builtInKey: null },
    ];
    expect(clarificationQuestions(items)).toEqual(['Which labels stay?']);
  });

  it('asks the same question once', () => {
    const items = [
      { state: 'open' as const, clientQuestion: 'Which labels stay?', builtInKey: null },
      { state: 'open' as const, clientQuestion: 'which labels stay?', builtInKey: null },
    ];
    expect(clarificationQuestions(items)).toEqual(['Which labels stay?']);
  });

  it('returns nothing when everything is resolved', () => {
    expect(
      clarificationQuestions(
        builtInItems.map((i) => ({ ...i, state: 'done' as const })),
        [...RISK_FLAG_KINDS],
      ),
    ).toEqual([]);
  });
});

describe('askClientMessage', () => {
  const questions = ['What is in scope?', 'When is it due?', 'What format?'];

  it('returns nothing to send when there is nothing to ask', () => {
    expect(askClientMessage({ clientName: 'Harriet', briefTitle: 'Inbox', questions: [], sender: sam, format: 'email' })).toBeNull();
  });

  it('writes an email with a subject, a greeting, the numbered questions and a sign-off', () => {
    const message = askClientMessage({ clientName: 'Harriet Lane', briefTitle: 'Tidy the inbox', questions, sender: sam, format: 'email' })!;
    expect(message.subject).toBe('A few questions about “Tidy the inbox”');
    expect(message.body.startsWith('Hi Harriet,\n\n')).toBe(true);
    expect(message.body).toContain('1. What is in scope?\n2. When is it due?\n3. What format?');
    expect(message.body.endsWith('Kind regards,\nSam Ortiz\nOrtiz VA Services')).toBe(true);
    noShouting(message.body);
  });

  it('prefers the VA’s own signature', () => {
    const message = askClientMessage({
      clientName: 'Harriet',
      briefTitle: 'T',
      questions,
      sender: { ...sam, signature: 'Sam\nwww.ortiz.example' },
      format: 'email',
    })!;
    expect(message.body.endsWith('Kind regards,\nSam\nwww.ortiz.example')).toBe(true);
  });

  it('still reads well with no names at all', () => {
    const message = askClientMessage({ clientName: '', briefTitle: '  ', questions, sender: nobody, format: 'email' })!;
    expect(message.body.startsWith('Hello,')).toBe(true);
    expect(message.body).toContain('“this task”');
    expect(message.body.endsWith('Kind regards')).toBe(true);
  });

  it('speaks of one question when there is one', () => {
    const message = askClientMessage({ clientName: 'Harriet', briefTitle: 'T', questions: ['When is it due?'], sender: sam, format: 'email' })!;
    expect(message.subject).toBe('A question about “T”');
    expect(message.body).toContain('check one thing');
    expect(message.body).not.toContain('each');
  });

  it('writes a short chat message with no subject', () => {
    const chat = askClientMessage({ clientName: 'Harriet Lane', briefTitle: 'Tidy the inbox', questions, sender: sam, format: 'chat' })!;
    const email = askClientMessage({ clientName: 'Harriet Lane', briefTitle: 'Tidy the inbox', questions, sender: sam, format: 'email' })!;
    expect(chat.subject).toBeNull();
    expect(chat.body.startsWith('Hi Harriet, before I start on “Tidy the inbox”')).toBe(true);
    expect(chat.body.length).toBeLessThan(email.body.length);
    expect(chat.body).not.toContain('Kind regards');
    expect(chat.body.endsWith('Thank you, Sam')).toBe(true);
    noShouting(chat.body);
  });

  it('includes every question exactly once, whatever they say', () => {
    const odd = ['Is “all” really all?', 'Budget: £8,000?', 'Line one\nline two?'];
    for (const format of ['email', 'chat'] as const) {
      const body = askClientMessage({ clientName: 'A', briefTitle: 'B', questions: odd, sender: sam, format })!.body;
      for (const q of odd) expect(body.split(q).length - 1).toBe(1);
    }
  });
});

describe('briefRecap', () => {
  const fields = {
    ...emptyBriefFields(),
    title: 'Tidy the inbox',
    summary: 'Sort the inbox into labels.',
    inScope: 'The main inbox',
    outOfScope: 'The shared mailbox',
    deliverables: 'Labels: Clients, Suppliers',
    doneCriteria: 'Inbox under 50 emails',
    deadline: '2026-11-27',
  };

  it('recaps the brief in order, with the deadline in words', () => {
    const recap = briefRecap(fields, []);
    expect(recap.gaps).toEqual([]);
    expect(recap.lines).toEqual([
      { label: 'What you asked for', value: 'Sort the inbox into labels.' },
      { label: 'Included', value: 'The main inbox' },
      { label: 'Not included', value: 'The shared mailbox' },
      { label: 'What I will deliver', value: 'Labels: Clients, Suppliers' },
      { label: 'Finished means', value: 'Inbox under 50 emails' },
      { label: 'Deadline', value: 'Friday 27 November 2026' },
    ]);
  });

  it('fills a blank field from the checklist answer, and names what is still missing', () => {
    const recap = briefRecap({ ...emptyBriefFields(), title: 'T' }, [
      { builtInKey: 'deliverables', answer: 'A spreadsheet' },
      { builtInKey: 'scope', answer: '   ' },
    ]);
    expect(recap.lines).toEqual([{ label: 'What I will deliver', value: 'A spreadsheet' }]);
    expect(recap.gaps).toEqual(['included', 'finished means', 'deadline']);
  });

  it('adds answers about risks, amounts and access when the VA wrote them', () => {
    const recap = briefRecap(fields, [
      { builtInKey: 'irreversible', answer: 'Export first; Gmail bin keeps 30 days' },
      { builtInKey: 'figures', answer: '£8,000 to Acme Ltd' },
      { builtInKey: 'access', answer: '' },
    ]);
    expect(recap.lines.slice(-2)).toEqual([
      { label: 'Anything permanent, and the backup', value: 'Export first; Gmail bin keeps 30 days' },
      { label: 'Amounts', value: '£8,000 to Acme Ltd' },
    ]);
  });
});

describe('confirmBriefMessage', () => {
  const recap = briefRecap(
    { ...emptyBriefFields(), title: 'T', inScope: 'Labels\nand filters', deliverables: 'A list', doneCriteria: 'Done', deadline: '2026-11-27' },
    [],
  );

  it('asks for written confirmation of the recap by email', () => {
    const message = confirmBriefMessage({ clientName: 'Harriet Lane', briefTitle: 'Tidy the inbox', recap, flagKinds: [], sender: sam, format: 'email' });
    expect(message.subject).toBe('Please confirm: “Tidy the inbox”');
    expect(message.body).toContain('Hi Harriet,');
    expect(message.body).toContain('Included:\n  Labels\n  and filters');
    expect(message.body).toContain('Deadline: Friday 27 November 2026');
    expect(message.body).toContain('“Confirmed”');
    noShouting(message.body);
  });

  it('asks for a written OK on the risky part', () => {
    const message = confirmBriefMessage({ clientName: 'H', briefTitle: 'T', recap, flagKinds: ['destructive', 'bulk'], sender: sam, format: 'chat' });
    expect(message.subject).toBeNull();
    expect(message.body).toContain('As this involves deleting things, I would like your written OK before I begin.');
  });

  it.each<[RiskFlagKind[], string]>([
    [[], ''],
    [['bulk'], ''],
    [['destructive'], 'As this involves deleting things, I would like your written OK before I begin.'],
    [['money'], 'As this involves money, I would like your written OK before I begin.'],
    [['destructive', 'money'], 'As this involves deleting things and money, I would like your written OK before I begin.'],
    [
      ['irreversible', 'external', 'access', 'money'],
      'As this involves money, sending things out and access to your accounts, I would like your written OK before I begin.',
    ],
  ])('risk sentence for %j', (kinds, expected) => expect(riskSentence(kinds)).toBe(expected));
});

describe('quick question', () => {
  const checks = { affects: 'The Newsletters label, about 6,000 emails', undo: 'Bin keeps them 30 days', backup: '', agreed: 'No, new request' };

  it('gives the answer first, then the reply and the checks', () => {
    const words = quickQuestionAnswerWords({ checks, decision: 'not-yet', reply: 'Let me check first.' });
    expect(words.startsWith('My answer: Not yet: I asked to check a few things first.\n')).toBe(true);
    expect(words).toContain('What I replied: Let me check first.');
    for (const c of QUICK_QUESTION_CHECKS) expect(words).toContain(c.question);
    expect(words).toContain('Is there a backup? Not answered.');
    expect(words).toContain('What does it affect, and how much? The Newsletters label, about 6,000 emails');
  });

  it('leaves out an empty reply', () => {
    expect(quickQuestionAnswerWords({ checks, decision: 'yes', reply: '  ' })).not.toContain('What I replied');
  });

  it('has four questions, each with a hint', () => {
    expect(QUICK_QUESTION_CHECKS.map((c) => c.key)).toEqual(['affects', 'undo', 'backup', 'agreed']);
    for (const c of QUICK_QUESTION_CHECKS) {
      expect(c.question.endsWith('?')).toBe(true);
      expect(c.hint.length).toBeGreaterThan(10);
    }
  });

  it('suggests a holding reply shaped by the risks', () => {
    const reply = holdingReply('Harriet Lane', ['bulk', 'destructive']);
    expect(reply.startsWith('Hi Harriet, thanks for checking with me.')).toBe(true);
    expect(reply).toContain('exactly what it should cover, and whether there is anything in it you want kept');
    expect(reply).toContain('in writing');
    noShouting(reply);
    expect(holdingReply('', [])).toMatch(/^Thanks for checking with me/);
    expect(holdingReply('', ['money'])).toContain('the exact amount and who it goes to?');
    for (const kind of RISK_FLAG_KINDS) noShouting(holdingReply('A', [kind]));
  });
});
