// Seeds data through the real contract, as the page would, so specs start where they need to.
import type { AppFixture } from './fixtures';
import { defaultClientFields } from '../../../shared/model/client';
import { emptyBriefFields } from '../../../shared/model/brief';

export async function seedClient(app: AppFixture, name: string, extra: Partial<ReturnType<typeof defaultClientFields>> = {}) {
  return app.call('clients.create', { fields: { ...defaultClientFields(), name, ...extra } });
}

export async function seedBrief(app: AppFixture, clientId: string, title: string, extra: Partial<ReturnType<typeof emptyBriefFields>> = {}) {
  return app.call('briefs.create', { clientId, fields: { ...emptyBriefFields(), title, ...extra } });
}

export async function seedEntry(app: AppFixture, clientId: string, briefId: string | null, words: string, receivedAt = '2026-11-20T09:15:00.000Z') {
  return app.call('paperTrail.add', {
    clientId,
    briefId,
    fields: { receivedAt, channel: 'chat', words, sourceRef: 'Slack DM', confirmedInWriting: false },
  });
}
