// Today and the checklist ask only "does this brief mention money?" (hasRiskFlagOfKind) instead of finding every
// risk flag: these tests hold the short answer to the full one, on a generated year of briefs and on hand-picked text.
import { describe, expect, it } from 'vitest';
import { briefChecklistView, type BriefContent, type ChecklistViewItem } from '../../../../shared/domain/checklist';
import { builtInItem } from '../../../../shared/domain/checklistBuiltIns';
import { detectRiskFlags, hasRiskFlagOfKind, RISK_FLAG_KINDS } from '../../../../shared/domain/riskFlags';
import { selectToday } from '../../../../shared/domain/today';
import type { Brief } from '../../../../shared/model/brief';
import { generateDocument } from '../../../../scripts/bench/tenYears';

const doc = generateDocument(1);

/** checkApplies as it was before: every flag of the six texts found, then the kinds looked up. */
function checkAppliesBefore(brief: BriefContent) {
  const kinds = new Set(
    [brief.title, brief.summary, brief.deliverables, brief.doneCriteria, brief.inScope, brief.outOfScope]
      .flatMap((text) => detectRiskFlags(text ?? ''))
      .map((f) => f.kind),
  );
  return (item: { builtInKey: string | null }) => {
    const needs = builtInItem(item.builtInKey)?.appliesOnlyWithFlags ?? [];
    return needs.length === 0 || needs.some((k) => kinds.has(k));
  };
}

function viewBefore(brief: Brief): ChecklistViewItem[] {
  const applies = checkAppliesBefore(brief);
  return briefChecklistView(brief.checklist.items, doc.checklistTemplate, brief.clientId, brief.status).map((item) =>
    applies(item) ? item : { ...item, notApplicable: true },
  );
}

const tricky = [
  '',
  'Pay the £8,000 invoice from Acme',
  'Archive 6,000 emails',
  'Invoices up to 8k',
  'About 300 contacts, all of them',
  'Send the newsletter to every subscriber',
  'Delete the Newsletters label and all 6,000 emails in it',
  'Order 2024-11-03, reference 4471',
  '$1.2m budget; drop me a line',
  'Thanks all, all the best',
  'Share the password with the accountant (2FA code by text)',
  'Twelve hundred leads, tens of thousands of rows',
];

describe('hasRiskFlagOfKind', () => {
  it('agrees with detectRiskFlags for every kind, on every text of a generated year and on hand-picked text', () => {
    const texts = [
      ...tricky,
      ...doc.briefs.flatMap((b) => [b.title, b.summary, b.deliverables, b.doneCriteria, b.inScope, b.outOfScope]),
      ...doc.paperTrail.slice(0, 400).map((e) => e.words),
    ];
    let present = 0;
    for (const text of new Set(texts)) {
      const kinds = new Set(detectRiskFlags(text).map((f) => f.kind));
      for (const kind of RISK_FLAG_KINDS) {
        expect(hasRiskFlagOfKind(text, [kind]), `${kind} in ${JSON.stringify(text)}`).toBe(kinds.has(kind));
        if (kinds.has(kind)) present++;
      }
      expect(hasRiskFlagOfKind(text, ['money', 'bulk'])).toBe(kinds.has('money') || kinds.has('bulk'));
      expect(hasRiskFlagOfKind(text, [])).toBe(false);
    }
    // The comparison means something only if both answers occur often.
    expect(present).toBeGreaterThan(100);
  });
});

describe('checkApplies and Today, before and after', () => {
  it('give the same checklist view for every brief of a generated year, in every status that follows the template', () => {
    let notApplicable = 0;
    let applicable = 0;
    for (const brief of doc.briefs) {
      for (const status of [brief.status, 'clarifying'] as const) {
        const b = { ...brief, status };
        const after = briefChecklistView(b.checklist.items, doc.checklistTemplate, b.clientId, b.status, b);
        expect(after).toEqual(viewBefore(b));
        for (const item of after) {
          if (item.builtInKey !== 'figures') continue;
          if (item.notApplicable) notApplicable++;
          else applicable++;
        }
      }
    }
    expect(notApplicable).toBeGreaterThan(50);
    expect(applicable).toBeGreaterThan(50);
  });

  it('give the same Today when every brief is still being clarified', () => {
    const clarifyingAll = doc.briefs.map((b) => ({ ...b, status: 'clarifying' as const }));
    const input = {
      today: '2026-11-20',
      clients: doc.clients,
      briefs: clarifyingAll,
      incidents: doc.incidents,
      checklistTemplate: doc.checklistTemplate,
      holidayRegion: 'GB-ENG',
      defaultConformityDays: 3,
    };
    const view = selectToday(input);
    const byId = new Map(clarifyingAll.map((b) => [b.id, b]));
    expect(view.clarifying.length).toBeGreaterThan(100);
    for (const item of view.clarifying) {
      const before = viewBefore(byId.get(item.briefId)!);
      const counted = before.filter((i) => !((i.retired || i.notApplicable) && i.state === 'open'));
      expect({ resolved: item.resolved, total: item.total, requiredOpen: item.requiredOpen }).toEqual({
        resolved: counted.filter((i) => i.state !== 'open').length,
        total: counted.length,
        requiredOpen: before.filter((i) => i.requiredBeforeStart && !i.retired && !i.notApplicable && i.state === 'open').length,
      });
    }
  });
});
