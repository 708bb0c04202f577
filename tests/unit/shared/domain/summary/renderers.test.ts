// The plain-text (email) and Markdown renderers, Markdown escaping and the default file names.
import { describe, expect, it } from 'vitest';
import { buildSummary, escapeMarkdown, summaryFacts, summaryFileName, summaryMarkdown, summaryPlainText } from '../../../../../shared/domain/summary';
import { emptyAnswers } from '../../../../../shared/model/incident';
import { labelBrief, labelClient, labelIncident, labelProfile } from './fixtures';

const doc = (includeTimeSpent = false) =>
  buildSummary(
    summaryFacts({ incident: labelIncident(), client: labelClient(), brief: labelBrief(), profile: labelProfile() }),
    { edits: {}, includeTimeSpent },
    { paper: 'a4', today: '2026-11-22' },
  );

describe('email text', () => {
  it('lays the summary out with headings, bullets, the signature and contact details', () => {
    const text = summaryPlainText(doc(true));
    expect(text).toBe(
      [
        'Incident summary: Tidy the newsletter inbox',
        '===========================================',
        '',
        'For: Grace Lin, Lin Bakery',
        'Date: 22 November 2026',
        '',
        'What happened',
        '-------------',
        'While tidying the inbox I deleted 14 Gmail labels that your newsletter filters used, so new sign-ups were not being sorted.',
        '',
        'This happened on 19 November 2026. You let me know on 20 November 2026. I moved too quickly and did not double-check before finishing.',
        '',
        'Impact',
        '------',
        'This affected your data and a deadline. Extent: 14 labels and about 300 emails.',
        '',
        'What I have done',
        '----------------',
        '  • Paused the inbox clean-up',
        '  • Restored the 14 labels from the filter export',
        '  • Re-sorted the 300 emails',
        '',
        'All 14 labels and their filters are back, and the 300 emails are sorted.',
        '',
        'Resolved on 21 November 2026.',
        '',
        'Time spent putting this right: 2 h 5 min.',
        '',
        'Current status',
        '--------------',
        'This is resolved. If you notice anything else that doesn’t look right, please tell me and I will look at it straight away.',
        '',
        'What I’m changing so it doesn’t happen again',
        '--------------------------------------------',
        'I now check what a label is used for before removing it.',
        '',
        'I have added these checks to how I work:',
        '  • Check which filters use a label before deleting it',
        '',
        'Kind regards,',
        'Alex Morgan',
        '',
        'Morgan VA Services',
        'alex@morganva.example',
        '07700 900123',
        '',
      ].join('\n'),
    );
  });

  it('keeps user text as typed (it is not markup) and leaves missing sections out', () => {
    const incident = { ...labelIncident(), answers: emptyAnswers(), fixTasks: [], containActions: [], prevention: [], status: 'open' as const, closedAt: null };
    incident.answers.happened.description = 'I typed <b>Not bold</b> & *not* emphasis';
    const bare = buildSummary(
      summaryFacts({ incident, client: null, brief: null, profile: labelProfile() }),
      { edits: {}, includeTimeSpent: false },
      { paper: 'a4', today: '2026-11-22' },
    );
    const text = summaryPlainText(bare);
    expect(text).toContain('<b>Not bold</b> & *not* emphasis');
    expect(text).not.toMatch(/Impact|What I have done|before you send this|For:/);
    expect(text).toContain('Current status');
  });
});

describe('Markdown', () => {
  it('renders headings, the details line, lists and the signature', () => {
    const md = summaryMarkdown(doc());
    expect(
      md.startsWith(
        '# Incident summary: Tidy the newsletter inbox\n\n**For:** Grace Lin, Lin Bakery\\\n**Date:** 22 November 2026\\\n**From:** Morgan VA Services · Alex Morgan · alex@morganva.example · 07700 900123\n\n## What happened\n\n',
      ),
    ).toBe(true);
    expect(md).toContain('## What I have done\n\n- Paused the inbox clean-up\n- Restored the 14 labels from the filter export\n');
    expect(md).toContain('\n---\n\nKind regards,\\\nAlex Morgan\n');
    expect(md).not.toContain('Time spent');
  });

  it('escapes what would otherwise become markup', () => {
    expect(escapeMarkdown('![x](http://evil.example/p.png) [link](javascript:alert(1)) <script>alert(1)</script>')).toBe(
      '!\\[x\\](http://evil.example/p.png) \\[link\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>',
    );
    expect(escapeMarkdown('*bold* _it_ `code` ~~del~~ a|b &amp;')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~ a\\|b \\&amp;');
    expect(escapeMarkdown('# Heading\n- item\n+ item\n1. first\n2) second\n===\n> quote')).toBe(
      '\\# Heading\n\\- item\n\\+ item\n1\\. first\n2\\) second\n\\===\n\\> quote',
    );
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
    expect(escapeMarkdown('It cost £72,000 (roughly) - sorry!')).toBe('It cost £72,000 (roughly) - sorry!');
  });
});

describe('file names', () => {
  it('names the file after the client and the date', () => {
    expect(summaryFileName('Grace Lin', '2026-11-22', 'pdf')).toBe('Incident summary - Grace Lin - 2026-11-22.pdf');
    expect(summaryFileName(null, '2026-11-22', 'html')).toBe('Incident summary - 2026-11-22.html');
  });

  it('makes any client name safe for Windows, macOS and Linux file systems', () => {
    expect(summaryFileName('A/B: C\\D <E> "F" | G? * H', '2026-11-22', 'pdf')).toBe('Incident summary - A B C D E F G H - 2026-11-22.pdf');
    expect(summaryFileName('../../etc/passwd', '2026-11-22', 'pdf')).toBe('Incident summary - etc passwd - 2026-11-22.pdf');
    expect(summaryFileName('...', '2026-11-22', 'pdf')).toBe('Incident summary - 2026-11-22.pdf');
    expect(summaryFileName('Evil\u202Efdp.exe\u0000', '2026-11-22', 'pdf')).toBe('Incident summary - Evilfdp.exe - 2026-11-22.pdf');
    expect(summaryFileName('X'.repeat(300), '2026-11-22', 'pdf')).toBe(`Incident summary - ${'X'.repeat(60)} - 2026-11-22.pdf`);
  });
});
