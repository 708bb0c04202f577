// The core's start-up (loading its code, opening the data, serving Today) uses no ICU formatting or
// collation: the first Intl date or number format costs about 8 MB resident and the first collator about
// 3 MB, for messages and screens that may never be shown. See shared/domain/order.ts and formatCount.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefInput, clientInput, tempDir } from './helpers';

describe('start-up without ICU', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads, opens ten briefs, lists them and serves Today without an Intl format or a collator', async () => {
    const spies = [
      vi.spyOn(Intl, 'DateTimeFormat'),
      vi.spyOn(Intl, 'NumberFormat'),
      vi.spyOn(Intl, 'Collator'),
      vi.spyOn(Number.prototype, 'toLocaleString'),
      vi.spyOn(Date.prototype, 'toLocaleString'),
      vi.spyOn(Date.prototype, 'toLocaleDateString'),
      vi.spyOn(Date.prototype, 'toLocaleTimeString'),
      vi.spyOn(String.prototype, 'localeCompare'),
    ];
    vi.resetModules();
    const { createCore } = await import('../../../electron/core/createCore');
    const { MemorySettings } = await import('../../../electron/core/settings/settingsPort');
    const dataDir = await tempDir();
    const core = await createCore({
      dataDir,
      settings: new MemorySettings(),
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
      appVersion: 'test',
    });
    try {
      const call = async (name: string, input: unknown) => {
        const reply = (await core.dispatch(name as never, input as never)) as { ok: boolean; value?: unknown; error?: unknown };
        expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
        return reply.value as { id: string };
      };
      const client = await call('clients.create', { fields: clientInput('Ada') });
      for (let i = 0; i < 10; i++) await call('briefs.create', { clientId: client.id, fields: briefInput(`Brief ${i}`) });
      await call('app.status', {});
      await call('today.get', {});
      await call('briefs.rows', {});
      await call('trash.list', {});
      expect(spies.filter((spy) => spy.mock.calls.length > 0).map((spy) => spy.getMockName())).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
