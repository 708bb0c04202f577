// The built-in library: complete, well-formed, in calm UK English, and clean under its own tone check.
import { describe, expect, it } from 'vitest';
import { checkApologyTone, countApologies } from '../../../../../shared/domain/apologyTone';
import { builtInTemplates, findBuiltIn } from '../../../../../shared/domain/templates/builtInTemplates';
import { buildFillValues, type FillSources } from '../../../../../shared/domain/templates/fillContext';
import { fillTemplate, validateTemplate } from '../../../../../shared/domain/templates/fillTemplate';
import { isApology, toneOptionsFor } from '../../../../../shared/domain/templates/toneOptions';
import { templateChannel, templateSituation } from '../../../../../shared/model/template';

const people: Pick<FillSources, 'profile' | 'today'> = {
  profile: { name: 'Sam Patel', businessName: 'Sam Assists', email: 'sam@example.com', phone: '07700 900123', signature: '' },
  today: new Date(2026, 10, 22, 10, 0),
};

/** Three unrelated incidents, phrased differently, so the templates are not tuned to one example. */
const contexts: Record<string, FillSources> = {
  'a newsletter sent to the whole list': {
    ...people,
    client: { name: 'Ada Lovelace', business: 'Analytical Ltd', contract: { hourlyRate: 35, currency: 'GBP' } },
    brief: { title: 'March newsletter', deadline: '2026-11-20' },
    incident: {
      what: 'I sent the newsletter draft to the whole mailing list instead of to you',
      alreadyDone: 'sent a short note to the list saying the draft went out in error',
      fixAction: 'send you the final version for approval',
      fixBy: '3pm today',
      prevention: 'send every draft to myself as a test before it goes to anyone else',
    },
    extra: {
      'request.what': 'set up the new booking system',
      'request.estimate': 'about 4 hours',
      'instruction.quote': 'Send the invite to everyone on the list',
      'instruction.date': 'Tuesday 24 November',
    },
  },
  'a wrong total in a report': {
    ...people,
    client: { name: 'Grace Hopper', contract: { hourlyRate: 42.5, currency: 'EUR' } },
    brief: { title: 'the monthly expenses summary', deadline: '2026-11-30' },
    incident: {
      what: 'I typed £4,500 instead of £5,400 as the March total.',
      alreadyDone: 'marked the old version as out of date in the shared folder',
      fixAction: 'send you a corrected summary',
      fixBy: 'noon tomorrow',
      prevention: 'check every total against the bank statement before I send it',
    },
    extra: {
      'request.what': 'reconcile last year’s receipts as well',
      'request.estimate': '6 hours',
      'instruction.quote': 'Use the figures from the old sheet',
      'instruction.date': '3 November',
    },
  },
  'a late supplier list': {
    ...people,
    client: { name: 'Katherine Johnson', contract: { hourlyRate: 30, currency: 'USD' } },
    brief: { title: 'Supplier list', deadline: '2027-01-08' },
    incident: {
      what: 'I did not finish the supplier list on time',
      alreadyDone: 'finished the first forty entries',
      fixAction: 'deliver the completed list',
      fixBy: 'Thursday 26 November at 10am',
      prevention: 'tell you two working days ahead if a deadline is at risk',
    },
    extra: {
      'request.what': 'call each supplier for a quote',
      'request.estimate': 'two days',
      'instruction.quote': 'Only list suppliers in Leeds',
      'instruction.date': 'Monday',
    },
  },
};

describe('built-in templates', () => {
  it('cover every situation in every channel, once each, with stable ids', () => {
    expect(builtInTemplates).toHaveLength(templateSituation.options.length * templateChannel.options.length);
    for (const situation of templateSituation.options) {
      for (const channel of templateChannel.options) {
        const matches = builtInTemplates.filter((t) => t.situation === situation && t.channel === channel);
        expect(matches, `${situation} / ${channel}`).toHaveLength(1);
        expect(findBuiltIn(matches[0]!.id)).toBe(matches[0]);
      }
    }
    expect(new Set(builtInTemplates.map((t) => t.id)).size).toBe(builtInTemplates.length);
  });

  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s uses only known placeholders and calm UK English', (_id, t) => {
    expect(validateTemplate(t.body)).toEqual([]);
    expect(validateTemplate(t.subject)).toEqual([]);
    expect(t.subject === '').toBe(t.channel !== 'email');
    expect(`${t.subject} ${t.body}`).not.toContain('!');
    expect(t.body).not.toMatch(/\b(?:apologize|realize|organize|color|favor|behavior|center)\b/i);
    expect(t.body).not.toMatch(/\b(?:asap|just|hopefully|maybe|I think)\b/i);
    expect(countApologies(t.body)).toBeLessThanOrEqual(isApology(t.situation) ? 1 : 0);
  });

  it('keeps chat short and the phone script ending on a question to the client', () => {
    for (const t of builtInTemplates) {
      if (t.channel === 'chat') expect(t.body.length, t.id).toBeLessThan(360);
      if (t.channel === 'phone') expect(t.body.trim().endsWith('?'), t.id).toBe(true);
    }
  });

  for (const [name, sources] of Object.entries(contexts)) {
    it.each(builtInTemplates.map((t) => [t.id, t] as const))(`%s passes the tone check for its channel, filled for ${name}`, (_id, t) => {
      const values = buildFillValues(sources);
      const filled = fillTemplate(t.body, values);
      expect(filled.gaps).toEqual([]);
      expect(filled.issues).toEqual([]);
      const findings = checkApologyTone(filled.text, toneOptionsFor(t.channel, t.situation));
      expect(findings.map((f) => `${f.ruleId}: “${filled.text.slice(f.start, f.end).slice(0, 60)}”`)).toEqual([]);
      expect(fillTemplate(t.subject, values).gaps).toEqual([]);
    });
  }
});
