// Placeholder filling: values in, gaps visible where values are missing, nothing escaped, typos reported.
import { describe, expect, it } from 'vitest';
import { buildFillValues, formatLongDate } from '../../../../../shared/domain/templates/fillContext';
import { fillTemplate, findGaps, suggestPlaceholder, validateTemplate } from '../../../../../shared/domain/templates/fillTemplate';
import { gapText, PLACEHOLDERS, placeholderTag } from '../../../../../shared/domain/templates/placeholders';

describe('fillTemplate', () => {
  it('fills every known placeholder from the values', () => {
    const result = fillTemplate('Hi {{client.firstName}}, about {{brief.title}}: I will {{fix.action}} by {{fix.by}}.', {
      'client.firstName': 'Ada',
      'brief.title': 'March newsletter',
      'fix.action': 'send the final version',
      'fix.by': '3pm today',
    });
    expect(result).toEqual({ text: 'Hi Ada, about March newsletter: I will send the final version by 3pm today.', gaps: [], issues: [] });
  });

  it('shows a missing value as a visible gap, with offsets, never empty text or a raw tag', () => {
    const result = fillTemplate('Hi {{client.firstName}}, I will {{fix.action}} by {{fix.by}}.', { 'client.firstName': 'Ada' });
    expect(result.text).toBe('Hi Ada, I will [what you will do to put it right] by [when it will be done].');
    expect(result.text).not.toContain('{{');
    expect(result.gaps.map((g) => g.key)).toEqual(['fix.action', 'fix.by']);
    for (const gap of result.gaps) expect(result.text.slice(gap.start, gap.end)).toBe(gapText(gap.key!));
  });

  it('treats blank and whitespace-only values as missing', () => {
    const result = fillTemplate('Hi {{client.name}}', { 'client.name': '   ' });
    expect(result.text).toBe('Hi [client’s name]');
    expect(result.gaps).toHaveLength(1);
  });

  it('leaves plain text unescaped: no &amp; or &lt; in a message', () => {
    const values = { 'client.name': 'Smith & Jones <Ltd>', 'brief.title': 'Q3 "final" report', 'va.name': "O'Brien" };
    for (const tag of ['{{client.name}}', '{{{client.name}}}', '{{& client.name}}']) {
      expect(fillTemplate(`Dear ${tag}`, values).text).toBe('Dear Smith & Jones <Ltd>');
    }
    expect(fillTemplate('{{brief.title}} from {{va.name}}', values).text).toBe('Q3 "final" report from O\'Brien');
  });

  it('allows spaces inside the tag and keeps the text around it as written', () => {
    expect(fillTemplate('Hi {{ client.name }} & co.\n\nThanks', { 'client.name': 'Ada' }).text).toBe('Hi Ada & co.\n\nThanks');
  });

  it('does not read JavaScript properties as placeholders', () => {
    const result = fillTemplate('{{constructor}} {{client.name.length}} {{toString}}', { 'client.name': 'Ada' });
    expect(result.text).not.toMatch(/function|\b3\b/);
    expect(result.gaps.every((g) => g.key === null)).toBe(true);
    expect(result.issues).toHaveLength(3);
  });

  it('shows an unknown placeholder as a gap and reports it with a suggestion', () => {
    const result = fillTemplate('Hi {{client.nmae}}, thanks', { 'client.name': 'Ada' });
    expect(result.text).toBe('Hi [unknown placeholder “client.nmae”], thanks');
    expect(result.gaps).toEqual([{ start: 3, end: 38, key: null }]);
    expect(result.issues).toEqual([
      { start: 3, end: 18, message: '{{client.nmae}} is not a placeholder Steadyhand knows. Did you mean {{client.name}}?', suggestion: 'client.name' },
    ]);
  });

  it('does not crash on a broken template, and says what to fix', () => {
    for (const broken of ['Hi {{client.name', 'Hi {{#client.name}}', 'Hi {{/client.name}}']) {
      const result = fillTemplate(broken, { 'client.name': 'Ada' });
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.message).toMatch(/\.$/);
    }
    expect(fillTemplate('Hi {{client.name', {}).issues[0]!.message).toContain('not closed');
  });
});

describe('validateTemplate', () => {
  it('accepts every placeholder in the list', () => {
    expect(validateTemplate(PLACEHOLDERS.map((p) => placeholderTag(p.key)).join(' '))).toEqual([]);
  });

  it('refuses sections, partials, delimiter changes and empty tags with a clear message', () => {
    const issues = validateTemplate('{{#client.name}}x{{/client.name}} {{^va.name}}y{{/va.name}} {{> footer}} {{}} {{=<% %>=}}');
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('starts a section'),
      expect.stringContaining('starts a section'),
      expect.stringContaining('includes another template'),
      expect.stringContaining('empty'),
      expect.stringContaining('markers'),
    ]);
  });

  it('points at the offending tag', () => {
    const template = 'Hello {{va.nam}} and {{client.name}}';
    const [issue] = validateTemplate(template);
    expect(template.slice(issue!.start, issue!.end)).toBe('{{va.nam}}');
  });

  it('suggests only a close match', () => {
    expect(suggestPlaceholder('client.nmae')).toBe('client.name');
    expect(suggestPlaceholder('fix_by')).toBe('fix.by');
    expect(suggestPlaceholder('favourite.colour')).toBeUndefined();
  });
});

describe('findGaps', () => {
  it('finds gaps left in an edited message, wherever they moved to', () => {
    const filled = fillTemplate('Hi {{client.firstName}}, by {{fix.by}}.', {}).text;
    const edited = `Hello again.\n${filled}`;
    const gaps = findGaps(edited);
    expect(gaps.map((g) => edited.slice(g.start, g.end))).toEqual(['[client’s first name]', '[when it will be done]']);
    expect(findGaps('All filled in [see attached].')).toEqual([]);
  });
});

describe('buildFillValues', () => {
  const today = new Date(2026, 10, 22, 10, 0);

  it('takes values from the client, brief, profile and incident', () => {
    const values = buildFillValues({
      client: { name: 'Ada Lovelace', business: 'Analytical Ltd', contract: { hourlyRate: 35, currency: 'GBP' } },
      brief: { title: 'March newsletter', deadline: '2026-11-27' },
      profile: { name: 'Sam Patel', businessName: 'Sam Assists', email: 'sam@example.com', phone: '', signature: '' },
      incident: { what: 'I sent it to the whole list.', fixBy: ' 3pm today ' },
      extra: { 'request.estimate': 'about 4 hours' },
      today,
    });
    expect(values).toEqual({
      'client.name': 'Ada Lovelace',
      'client.firstName': 'Ada',
      'client.business': 'Analytical Ltd',
      'client.rate': '£35 an hour',
      'va.name': 'Sam Patel',
      'va.firstName': 'Sam',
      'va.businessName': 'Sam Assists',
      'va.email': 'sam@example.com',
      'brief.title': 'March newsletter',
      'brief.deadline': 'Friday 27 November',
      'incident.what': 'I sent it to the whole list',
      'fix.by': '3pm today',
      'request.estimate': 'about 4 hours',
      today: 'Sunday 22 November',
    });
  });

  it('leaves out what is not known, so it shows as a gap', () => {
    const values = buildFillValues({ client: { name: 'Ada', contract: { hourlyRate: null, currency: 'GBP' } }, today });
    expect(values['client.rate']).toBeUndefined();
    expect(fillTemplate('{{client.rate}} for {{brief.title}}', values).text).toBe('[your rate] for [task name]');
  });

  it('formats dates in UK style, with the year only when it is not this year', () => {
    expect(formatLongDate('2026-11-27', today)).toBe('Friday 27 November');
    expect(formatLongDate('2027-01-04', today)).toBe('Monday 4 January 2027');
  });
});
