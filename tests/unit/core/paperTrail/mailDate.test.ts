// The strict Date-header reader: a readable date becomes ISO UTC, anything doubtful becomes null.
import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../../electron/core/paperTrail/mailDate';
import { htmlToText } from '../../../../electron/core/paperTrail/htmlToText';

describe('parseMailDate', () => {
  it.each([
    ['Tue, 1 Dec 2026 09:14:22 +0000', '2026-12-01T09:14:22.000Z'],
    ['Tue, 01 Dec 2026 10:14:22 +0100', '2026-12-01T09:14:22.000Z'],
    ['1 Dec 2026 09:14 -0500', '2026-12-01T14:14:00.000Z'],
    ['Tue, 1 Dec 2026 09:14:22 +0000 (UTC)', '2026-12-01T09:14:22.000Z'],
    ['Tue, 1 Dec 2026 09:14:22 GMT', '2026-12-01T09:14:22.000Z'],
    ['Tue, 1 Dec 2026 09:14:22 PST', '2026-12-01T17:14:22.000Z'],
    ['Tue, 1 December 2026 09:14:22 +0000', '2026-12-01T09:14:22.000Z'],
    ['1 Dec 26 09:14 EST', '2026-12-01T14:14:00.000Z'],
    ['1 Dec 99 09:14 +0000', '1999-12-01T09:14:00.000Z'],
    ['Tue,  1 Dec 2026\r\n 09:14:22 +0000', '2026-12-01T09:14:22.000Z'],
    ['Thu, 29 Feb 2024 12:00:00 +0000', '2024-02-29T12:00:00.000Z'],
    ['Tue, 1 Dec 2026 09:14:22', '2026-12-01T09:14:22.000Z'],
    ['Tue, 1 Dec 2026 09:14:22 Z', '2026-12-01T09:14:22.000Z'],
    ['2026-12-01T09:14:22+01:00', '2026-12-01T08:14:22.000Z'],
    ['2026-12-01T09:14:22.5Z', '2026-12-01T09:14:22.000Z'],
    ['Wed, 31 Dec 2025 23:59:60 +0000', '2025-12-31T23:59:59.000Z'],
  ])('%s → %s', (value, iso) => expect(parseMailDate(value)).toBe(iso));

  it.each([
    ['Thu, 32 Foo 2026'],
    ['Thu, 32 Dec 2026 10:00:00 +0000'],
    ['Mon, 30 Feb 2026 10:00:00 +0000'],
    ['Thu, 29 Feb 2026 10:00:00 +0000'],
    ['Tue, 1 Dec 2026 25:00:00 +0000'],
    ['Tue, 1 Dec 2026 09:61:00 +0000'],
    ['Tue, 1 Dec 2026 09:14:22 +2500'],
    ['Tue, 1 Dec 2026 09:14:22 BST'],
    ['Tue, 1 Dec 2026'],
    ['Funday, 1 Dec 2026 09:14:22 +0000'],
    ['yesterday'],
    ['2026'],
    [''],
    ['   '],
    ['1 Dec 0002 09:14 +0000'],
    ['2026-13-01T09:14:22Z'],
    ['9'.repeat(500)],
  ])('%j → null', (value) => expect(parseMailDate(value)).toBeNull());

  it('absent → null', () => {
    expect(parseMailDate(undefined)).toBeNull();
    expect(parseMailDate(null)).toBeNull();
  });
});

describe('htmlToText', () => {
  it('keeps line breaks for br, p, div and li; drops script, style, head and comments; decodes entities', () => {
    const html =
      '<html><head><title>T</title></head><body><div>One<br/>Two</div><p>Three &amp; four&nbsp;&#163;&#x20AC;</p><ul><li>a</li><li>b</li></ul><script>bad()</script><style>.x{}</style><!-- note --></body></html>';
    expect(htmlToText(html)).toBe('One\nTwo\n\nThree & four £€\n\na\n\nb');
  });
  it('collapses source whitespace as a browser does, but keeps <pre> as written', () => {
    expect(htmlToText('<p>one\n   two\t three</p><pre>a\n  b</pre>')).toBe('one two three\n\na\n  b');
  });
  it('keeps a bare "<" and unknown entities as text; an unclosed script hides the rest', () => {
    expect(htmlToText('if a < b &bogus; then')).toBe('if a < b &bogus; then');
    expect(htmlToText('shown<script>hidden')).toBe('shown');
  });
  it('keeps no tag at all, even malformed ones', () => {
    expect(htmlToText('<b>bold</b><i class="x">it</i><img src=x onerror=alert(1)><a href="javascript:x">link</a>')).toBe('bolditlink');
  });
});
