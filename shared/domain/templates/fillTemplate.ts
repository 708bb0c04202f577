// Fills a message template with mustache (logic-less) for plain text: nothing is HTML-escaped, and every
// missing value becomes a visible gap such as `[client’s name]` whose offsets the editor can highlight.
//
// We render from mustache's own tokens rather than calling `Mustache.render`, so each gap's offset is known
// as it is written and an unknown or mistyped placeholder is reported (with a suggestion), never rendered as
// empty text, a raw `{{…}}`, or a property of a JavaScript object ("{{constructor}}").
// Sections, partials and delimiter changes are refused with a message: a VA's template needs placeholders only.
import Mustache from 'mustache';
import { type FillValues, gapText, isPlaceholderKey, PLACEHOLDERS, type PlaceholderKey } from './placeholders';

export interface TemplateIssue {
  /** Offsets into the template text, so the editor can point at the tag. */
  start: number;
  end: number;
  message: string;
  /** The closest known placeholder, when the tag looks like a typo. */
  suggestion?: PlaceholderKey;
}

export interface FillGap {
  /** Offsets into the filled text. */
  start: number;
  end: number;
  /** The placeholder that was missing, or `null` for an unknown one. */
  key: PlaceholderKey | null;
}

export interface FillResult {
  text: string;
  gaps: FillGap[];
  issues: TemplateIssue[];
}

type Token = [string, string, number, number, Token[]?, number?];

const unknownGap = (name: string): string => `[unknown placeholder “${name}”]`;

function parse(template: string): { tokens: Token[]; issue: TemplateIssue | null } {
  try {
    // A writer of our own, so the editor's keystrokes do not fill mustache's global template cache.
    return { tokens: new Mustache.Writer().parse(template) as Token[], issue: null };
  } catch (error) {
    const raw = error instanceof Error ? error.message : '';
    const at = Number(/at (\d+)/.exec(raw)?.[1] ?? template.length);
    const name = /section "([^"]*)"/.exec(raw)?.[1];
    const message = /Unclosed tag/.test(raw)
      ? 'A placeholder is not closed. Finish it with “}}”, like {{client.name}}.'
      : name !== undefined
        ? `“${name}” opens or closes a section, which templates here do not use. Use plain placeholders, like {{client.name}}.`
        : 'This template could not be read. Check that every “{{” has a matching “}}”.';
    const start = Math.max(0, Math.min(/Unclosed tag/.test(raw) ? template.lastIndexOf('{{', at) : at, template.length));
    return { tokens: [], issue: { start: start < 0 ? 0 : start, end: Math.min(template.length, start + 2), message } };
  }
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known placeholder a mistyped name most likely meant, if any is close. */
export function suggestPlaceholder(name: string): PlaceholderKey | undefined {
  const wanted = name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  let best: { key: PlaceholderKey; d: number } | undefined;
  for (const { key } of PLACEHOLDERS) {
    const d = distance(wanted, key.toLowerCase());
    if (d <= Math.max(2, Math.floor(key.length / 4)) && (best === undefined || d < best.d)) best = { key, d };
  }
  return best?.key;
}

function unsupported(token: Token): string {
  const [type, name] = token;
  if (type === '>') return `“{{> ${name}}}” includes another template, which templates here do not do. Use plain placeholders, like {{client.name}}.`;
  if (type === '=') return 'Changing the “{{ }}” markers is not supported here. Use placeholders like {{client.name}}.';
  return `“{{${type}${name}}}” starts a section, which templates here do not use. Use plain placeholders, like {{client.name}}.`;
}

function collectIssues(tokens: Token[], issues: TemplateIssue[]): void {
  for (const token of tokens) {
    const [type, name, start, end, children] = token;
    if (type === 'name' || type === '&') {
      if (isPlaceholderKey(name)) continue;
      const suggestion = suggestPlaceholder(name);
      const shown = name === '' ? '{{}}' : `{{${name}}}`;
      const message =
        name === ''
          ? 'This placeholder is empty. Choose one from “Insert placeholder”.'
          : suggestion
            ? `${shown} is not a placeholder Steadyhand knows. Did you mean {{${suggestion}}}?`
            : `${shown} is not a placeholder Steadyhand knows. Choose one from “Insert placeholder”.`;
      issues.push(suggestion ? { start, end, message, suggestion } : { start, end, message });
    } else if (type === '#' || type === '^' || type === '>' || type === '=') {
      issues.push({ start, end, message: unsupported(token) });
      if (children) collectIssues(children, issues);
    }
  }
}

/** Problems with a template's placeholders, in order; empty when the template is fine to save. */
export function validateTemplate(template: string): TemplateIssue[] {
  const { tokens, issue } = parse(template);
  if (issue) return [issue];
  const issues: TemplateIssue[] = [];
  collectIssues(tokens, issues);
  return issues.sort((a, b) => a.start - b.start);
}

/** Fills `template` with `values`. Blank values count as missing. */
export function fillTemplate(template: string, values: FillValues): FillResult {
  const { tokens, issue } = parse(template);
  if (issue) return { text: template, gaps: [], issues: [issue] };
  let text = '';
  const gaps: FillGap[] = [];
  const write = (tokensToWrite: Token[]) => {
    for (const [type, name, , , children] of tokensToWrite) {
      if (type === 'text') {
        text += name;
      } else if (type === 'name' || type === '&') {
        const known = isPlaceholderKey(name);
        const value = known ? values[name]?.trim() : undefined;
        if (value) {
          text += value;
        } else {
          const gap = known ? gapText(name) : unknownGap(name);
          gaps.push({ start: text.length, end: text.length + gap.length, key: known ? name : null });
          text += gap;
        }
      } else if ((type === '#' || type === '^') && children) {
        // Kept as plain text so no words disappear; the issue tells the VA to remove the section.
        write(children);
      }
    }
  };
  write(tokens);
  return { text, gaps, issues: validateTemplate(template) };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAP_PATTERN = new RegExp([...PLACEHOLDERS.map((p) => escapeRegExp(gapText(p.key))), '\\[unknown placeholder “[^”\\]\\n]*”\\]'].join('|'), 'g');
const keyByGap = new Map<string, PlaceholderKey>(PLACEHOLDERS.map((p) => [gapText(p.key), p.key]));

/** The gaps still left in a message the VA has been editing, wherever they now are. */
export function findGaps(text: string): FillGap[] {
  return [...text.matchAll(GAP_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: keyByGap.get(m[0]) ?? null }));
}
