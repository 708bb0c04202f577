// The summary document: sections prefilled from the facts, the VA's wording winning, missing parts marked in
// the preview but never in an export, and every piece of user text escaped in the HTML.
import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  cleanText,
  prefilledSections,
  printCss,
  summaryArticleHtml,
  summaryDocumentHtml,
  summaryFacts,
  summaryPlainText,
  toBlocks,
  type SummaryDraft,
} from '../../../../../shared/domain/summary';
import { MISSING } from '../../../../../shared/domain/summary/words';
import { emptyAnswers, type Incident } from '../../../../../shared/model/incident';
import { labelBrief, labelClient, labelIncident, labelProfile } from './fixtures';

const OPTIONS = { paper: 'a4' as const, today: '2026-11-22' };
const NO_EDITS: SummaryDraft = { edits: {}, includeTimeSpent: false };
const labelFacts = () => summaryFacts({ incident: labelIncident(), client: labelClient(), brief: labelBrief(), profile: labelProfile() });

describe('summary document: sections', () => {
  it('prefills every section from the label-deletion incident, in calm client-facing words', () => {
    const texts = prefilledSections(labelFacts());
    expect(texts.title).toBe('Incident summary: Tidy the newsletter inbox');
    expect(texts.happened).toBe(
      'While tidying the inbox I deleted 14 Gmail labels that your newsletter filters used, so new sign-ups were not being sorted.\n\n' +
        'This happened on 19 November 2026. You let me know on 20 November 2026. I moved too quickly and did not double-check before finishing.',
    );
    expect(texts.impact).toBe('This affected your data and a deadline. Extent: 14 labels and about 300 emails.');
    expect(texts.done).toBe(
      '- Paused the inbox clean-up\n- Restored the 14 labels from the filter export\n- Re-sorted the 300 emails\n\n' +
        'All 14 labels and their filters are back, and the 300 emails are sorted.\n\nResolved on 21 November 2026.',
    );
    expect(texts.status).toMatch(/^This is resolved\./);
    expect(texts.prevention).toBe(
      'I now check what a label is used for before removing it.\n\nI have added these checks to how I work:\n- Check which filters use a label before deleting it',
    );
  });

  it('builds the header, recipient, date, sections in order and the signature', () => {
    const doc = buildSummary(labelFacts(), NO_EDITS, OPTIONS);
    expect(doc.sender).toEqual({
      displayName: 'Morgan VA Services',
      personName: 'Alex Morgan',
      contact: ['alex@morganva.example', '07700 900123'],
      logoDataUrl: null,
    });
    expect(doc.recipient).toBe('Grace Lin, Lin Bakery');
    expect(doc.date).toBe('22 November 2026');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'What happened',
      'Impact',
      'What I have done',
      'Current status',
      'What I’m changing so it doesn’t happen again',
    ]);
    expect(doc.sections.every((s) => s.missing === null)).toBe(true);
    expect(doc.sections[2]!.blocks[0]).toEqual({
      kind: 'list',
      items: ['Paused the inbox clean-up', 'Restored the 14 labels from the filter export', 'Re-sorted the 300 emails'],
    });
    expect(doc.signature).toEqual(['Kind regards,', 'Alex Morgan']);
    expect(Object.values(doc.gaps).every((g) => g === null)).toBe(true);
  });

  it('uses the VA’s wording where they changed a section, and the prefill again when they clear the change', () => {
    const facts = labelFacts();
    const edited = buildSummary(
      facts,
      { edits: { happened: 'On Thursday I removed labels your filters needed.', title: 'About the inbox labels', impact: null }, includeTimeSpent: false },
      OPTIONS,
    );
    expect(edited.title).toBe('About the inbox labels');
    expect(edited.sections[0]!.blocks).toEqual([{ kind: 'paragraph', lines: ['On Thursday I removed labels your filters needed.'] }]);
    expect(edited.sections[1]!.blocks).toEqual(toBlocks(prefilledSections(facts).impact));
  });

  it('shows the time spent only when the VA includes it, as a total of the entries that stand', () => {
    const without = buildSummary(labelFacts(), NO_EDITS, OPTIONS);
    expect(without.sections[2]!.note).toBeNull();
    expect(summaryDocumentHtml(without)).not.toMatch(/Time spent|2 h 5 min/);
    const withTime = buildSummary(labelFacts(), { edits: {}, includeTimeSpent: true }, OPTIONS);
    expect(withTime.sections[2]!.note).toBe('Time spent putting this right: 2 h 5 min.');
  });

  it('says the work is still going on for an open incident, counting the steps done', () => {
    const incident = labelIncident();
    Object.assign(incident, { status: 'open', closedAt: null });
    const texts = prefilledSections(summaryFacts({ incident, client: labelClient(), brief: labelBrief(), profile: labelProfile() }));
    expect(texts.status).toBe('I am still working on this: 2 of 3 steps are done. I will let you know as soon as it is fully resolved.');
    expect(texts.done).not.toContain('Resolved on');
  });

  it('uses the paper size and the standalone document carries its own CSP and light print stylesheet', () => {
    const html = summaryDocumentHtml(buildSummary(labelFacts(), NO_EDITS, { ...OPTIONS, paper: 'letter' }));
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
    );
    expect(html).toContain('@page { size: letter;');
    expect(html).toContain('color-scheme: light');
    expect(html).not.toMatch(/prefers-color-scheme|url\(|@import|<script|<link/i);
    expect(summaryDocumentHtml(buildSummary(labelFacts(), NO_EDITS, OPTIONS))).toContain('@page { size: A4;');
  });
});

describe('summary document: missing pieces', () => {
  const bare = (): Incident => ({
    ...labelIncident(),
    answers: emptyAnswers(),
    containActions: [],
    fixTasks: [],
    prevention: [],
    status: 'open',
    closedAt: null,
  });
  const bareDoc = () =>
    buildSummary(
      summaryFacts({
        incident: bare(),
        client: null,
        brief: null,
        profile: { ...labelProfile(), name: '', businessName: '', email: '', phone: '', signature: '' },
      }),
      NO_EDITS,
      OPTIONS,
    );

  it('marks each missing piece in the preview so the VA can fill it in first', () => {
    const preview = summaryArticleHtml(bareDoc(), 'preview');
    for (const message of [
      MISSING.happened,
      MISSING.impact,
      MISSING.done,
      MISSING.prevention,
      MISSING.sender,
      MISSING.contact,
      MISSING.client,
      MISSING.signature,
    ]) {
      expect(preview).toContain(message.replace(/’/g, '’'));
    }
    expect(preview).toContain('class="missing" role="note"');
  });

  it('still exports, leaving the missing parts out rather than showing a reminder', () => {
    const doc = bareDoc();
    const html = summaryDocumentHtml(doc);
    expect(html).not.toContain('before you send this');
    expect(html).not.toContain('class="missing"');
    expect(html).toContain('<h1>Incident summary</h1>');
    expect(html).toContain('<h2>Current status</h2>');
    expect(html).not.toContain('<h2>What happened</h2>');
  });

  it('treats a section the VA emptied as missing, and a title they emptied as the default title', () => {
    const doc = buildSummary(labelFacts(), { edits: { status: '   ', title: '' }, includeTimeSpent: false }, OPTIONS);
    expect(doc.sections[3]!.missing).toBe(MISSING.status);
    expect(doc.title).toBe('Incident summary: Tidy the newsletter inbox');
  });
});

describe('summary document: escaping', () => {
  const PAYLOADS = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '" onerror="window.__pwned=1',
    "<iframe src='file:///etc/passwd'></iframe>",
    '<style>@import url(http://evil.example/x.css);</style>',
    '@import url("http://evil.example/y.css");',
    '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
    '<a href="javascript:alert(1)">click</a>',
    '<svg onload=alert(1)>',
  ];
  const withPayload = (p: string) => {
    const incident = labelIncident();
    const h = incident.answers.happened;
    h.description = `What happened ${p}`;
    h.impactAmount = `Amount ${p}`;
    incident.answers.close.resolution = `Resolution ${p}`;
    incident.answers.close.lesson = `Lesson ${p}`;
    incident.containActions[0]!.label = `Contained ${p}`;
    incident.fixTasks[0]!.label = `Fixed ${p}`;
    incident.prevention[0]!.label = `Prevent ${p}`;
    const client = { ...labelClient(), name: `Grace ${p}`, business: `Bakery ${p}` };
    const brief = { ...labelBrief(), title: `Brief ${p}` };
    const profile = { ...labelProfile(), name: `Alex ${p}`, businessName: `Biz ${p}`, email: `mail ${p}`, phone: `phone ${p}`, signature: `Signed ${p}` };
    return summaryFacts({ incident, client, brief, profile });
  };

  it.each(PAYLOADS)('shows %s as literal text in every field, in preview and export', (payload) => {
    const facts = withPayload(payload);
    const docs = [
      buildSummary(facts, NO_EDITS, OPTIONS),
      buildSummary(
        facts,
        {
          edits: {
            title: `Title ${payload}`,
            happened: `Edited ${payload}`,
            impact: `- ${payload}`,
            done: `Done ${payload}`,
            status: `Status ${payload}`,
            prevention: `Prevention ${payload}`,
          },
          includeTimeSpent: true,
        },
        OPTIONS,
      ),
    ];
    for (const doc of docs) {
      for (const html of [summaryDocumentHtml(doc), summaryArticleHtml(doc, 'preview')]) {
        const body = html.replace(/^[\s\S]*<body>/, '').replace(/<\/style>/, '');
        // No tag, attribute or CSS rule came from the payload: only our own markup is left once text is removed.
        expect(body).not.toMatch(/<(script|iframe|img|meta|style|a|svg)\b/i);
        expect(body).not.toMatch(/<[^>]*\son[a-z]+=/i);
        const text = body.replace(/<[^>]+>/g, '');
        expect(text).not.toMatch(/[<>]/);
        expect(text).toContain(payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      }
      // The head holds user text only as the escaped title; the stylesheet is exactly ours.
      const head = summaryDocumentHtml(doc).replace(/<body>[\s\S]*$/, '');
      expect(head.replace(/<title>[^<]*<\/title>/, '')).not.toContain('evil.example');
      expect(/<style>([\s\S]*)<\/style>/.exec(head)?.[1]).toBe(printCss('a4'));
    }
  });

  it('drops a logo that is not an inline PNG, JPEG or WebP image', () => {
    const profile = { ...labelProfile(), logoDataUrl: 'javascript:alert(1)' };
    const doc = buildSummary(summaryFacts({ incident: labelIncident(), client: labelClient(), brief: labelBrief(), profile }), NO_EDITS, OPTIONS);
    expect(doc.sender.logoDataUrl).toBeNull();
    const good = 'data:image/png;base64,iVBORw0KGgo=';
    const withLogo = buildSummary(
      summaryFacts({ incident: labelIncident(), client: labelClient(), brief: labelBrief(), profile: { ...profile, logoDataUrl: good } }),
      NO_EDITS,
      OPTIONS,
    );
    expect(summaryDocumentHtml(withLogo)).toContain(`<img class="logo" src="${good}" alt="Morgan VA Services logo">`);
    // A hand-built document with a bad logo is still refused by the renderer.
    expect(summaryDocumentHtml({ ...withLogo, sender: { ...withLogo.sender, logoDataUrl: 'http://evil.example/logo.png' } })).not.toContain('<img');
  });

  it('removes direction-override tricks and control characters from user text', () => {
    expect(cleanText('abc\u202Eevil\u2066x\u0007y\r\nz\t!')).toBe('abcevilxy\nz !');
  });
});

describe('what the document is, and words written to the client', () => {
  const build = (change: (i: ReturnType<typeof labelIncident>) => void) => {
    const incident = labelIncident();
    change(incident);
    return buildSummary(
      summaryFacts({ incident, client: labelClient(), brief: labelBrief(), profile: labelProfile() }),
      { edits: {}, includeTimeSpent: false },
      { paper: 'a4', today: '2026-11-22' },
    );
  };

  it('titles new work a change request, without "so it doesn’t happen again"', () => {
    const doc = build((i) => (i.answers.paperTrail.verdict = 'beyond-spec'));
    expect(doc.title).toMatch(/^Change request/);
    expect(doc.sections.map((s) => s.heading).join(' ')).not.toMatch(/happen again/);
    expect(build((i) => (i.answers.paperTrail.verdict = 'my-error')).title).toMatch(/^Incident summary/);
  });

  it('leaves a gap where the VA’s note talks about the client, and says the lesson once', () => {
    const doc = build((i) => {
      i.answers.happened.description = 'Grace asked if she could delete the old labels, and they went.';
      i.answers.close.lesson = 'Preview what a bulk delete will remove.';
      i.prevention = [{ id: 'p', at: '2026-11-20T11:00:00Z', scope: 'client', label: 'Preview what a bulk delete will remove', checklistItemId: null }];
    });
    const text = summaryPlainText(doc);
    expect(text).not.toContain('Grace asked');
    expect(text).toContain('[What happened, in a sentence to');
    expect(text.match(/preview what a bulk delete will remove/gi)).toHaveLength(1);
  });
});
