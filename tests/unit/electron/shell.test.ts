// The shell's own logic, in plain Node: start-up error words, the quit order, window care and the right-click menu.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createCloseCoordinator } from '../../../electron/closeCoordinator';
import { contextMenuTemplate, installContextMenu, type MenuParams } from '../../../electron/contextMenu';
import { DataLockedError } from '../../../electron/core/storage/lock';
import { NewerVersionError } from '../../../electron/core/storage/migrations';
import { describeStartupError } from '../../../electron/startupErrors';
import { careForWindow } from '../../../electron/windowCare';

const errno = (code: string) => Object.assign(new Error(`${code}: something at /data/x`), { code });

describe('start-up errors', () => {
  it('say what is wrong in plain words, with no stack trace', () => {
    expect(describeStartupError(new DataLockedError('/data/steadyhand.lock', null), '/data')).toMatchObject({
      title: 'Steadyhand is already open',
      message: expect.stringContaining('Close the other one first'),
    });
    expect(describeStartupError(new NewerVersionError(99), '/data').message).toContain('Please update Steadyhand');
    const notAFolder = describeStartupError(errno('ENOTDIR'), '/home/va/Steadyhand');
    expect(notAFolder.message).toContain('/home/va/Steadyhand');
    expect(notAFolder.message).toContain('is a file, not a folder');
    // Storage errors wrap the fs error: the code is found in the cause.
    expect(describeStartupError(new Error('Could not open', { cause: errno('EACCES') }), '/data').title).toBe('Steadyhand cannot write to its data folder');
    expect(describeStartupError(errno('ENOSPC'), '/data').title).toBe('Your disk is full');
    const unknown = describeStartupError(new TypeError('x is not a function'), '/data');
    expect(unknown.title).toBe('Steadyhand could not start');
    expect(unknown.message).toContain('Your data has not been changed');
    expect(unknown.message).toContain('TypeError: x is not a function');
    expect(unknown.message).not.toMatch(/\n\s+at /);
  });
});

describe('quitting', () => {
  it('waits for the page to save, then closes the core, once', async () => {
    const order: string[] = [];
    let asked = '';
    const closer = createCloseCoordinator({
      askPage: (id) => {
        asked = id;
        order.push('asked page');
        return true;
      },
      closeCore: async () => {
        order.push('core closed');
      },
      timeoutMs: 10_000,
    });
    const closing = closer.close();
    const again = closer.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['asked page']);
    expect(closer.closed).toBe(false);
    closer.pageReady('someone-else');
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(['asked page']);
    closer.pageReady(asked);
    await closing;
    await again;
    expect(order).toEqual(['asked page', 'core closed']);
    expect(closer.closed).toBe(true);
  });

  it('goes ahead after a timeout when the page never answers, and at once when there is no page', async () => {
    const closeCore = vi.fn(async () => undefined);
    const log = vi.fn();
    const silent = createCloseCoordinator({ askPage: () => true, closeCore, timeoutMs: 30, log });
    const started = Date.now();
    await silent.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(closeCore).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('did not answer');

    const noPage = createCloseCoordinator({ askPage: () => false, closeCore, timeoutMs: 10_000 });
    await noPage.close();
    expect(closeCore).toHaveBeenCalledTimes(2);

    const failing = createCloseCoordinator({ askPage: () => false, closeCore: async () => Promise.reject(new Error('disk gone')), log });
    await expect(failing.close()).resolves.toBeUndefined();
    expect(failing.closed).toBe(true);
  });
});

function fakeWindow() {
  const window = new EventEmitter() as EventEmitter & Record<string, unknown>;
  const contents = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let visible = false;
  Object.assign(window, {
    webContents: contents,
    show: vi.fn(() => (visible = true)),
    isVisible: () => visible,
    isDestroyed: () => false,
  });
  contents.reload = vi.fn();
  return { window, contents };
}

describe('window care', () => {
  it('shows the window on ready-to-show, or after a few seconds when that never comes', () => {
    vi.useFakeTimers();
    try {
      const a = fakeWindow();
      careForWindow(a.window as never, { dialog: {} as never, quit: vi.fn(), showAfterMs: 4000 });
      a.window.emit('ready-to-show');
      expect(a.window.show).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(5000);
      expect(a.window.show).toHaveBeenCalledTimes(1);

      const b = fakeWindow();
      careForWindow(b.window as never, { dialog: {} as never, quit: vi.fn(), showAfterMs: 4000 });
      vi.advanceTimersByTime(3999);
      expect(b.window.show).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(b.window.show).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reloads a crashed page with a calm word, and gives up with an error box when it keeps crashing', async () => {
    const { window, contents } = fakeWindow();
    const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })) };
    const quit = vi.fn();
    let now = 0;
    careForWindow(window as never, { dialog: dialog as never, quit, now: () => now });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).not.toHaveBeenCalled();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    contents.emit('did-finish-load');
    expect(dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ message: expect.stringContaining('has been reopened') });
    now = 10_000;
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(quit).not.toHaveBeenCalled();
    now = 20_000;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Steadyhand’s window keeps stopping', expect.stringContaining('Everything you saved is safe'));
    expect(quit).toHaveBeenCalledTimes(1);
    expect(contents.reload).toHaveBeenCalledTimes(2);
  });

  it('says so and quits when our page fails to load, but not for an aborted or subframe load', () => {
    const { window, contents } = fakeWindow();
    const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn() };
    const quit = vi.fn();
    careForWindow(window as never, { dialog: dialog as never, quit });
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://steadyhand/index.html', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://steadyhand/x.html', false);
    expect(quit).not.toHaveBeenCalled();
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://steadyhand/index.html', true);
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Steadyhand could not open its window', expect.stringContaining('Your data has not been changed'));
    expect(quit).toHaveBeenCalledTimes(1);
  });
});

const params = (over: Partial<MenuParams> = {}): MenuParams => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  ...over,
});
const noSpelling = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
const labels = (t: ReturnType<typeof contextMenuTemplate>) => t.map((i) => (i.type === 'separator' ? '—' : `${i.label}${i.enabled === false ? ' (off)' : ''}`));

describe('right-click menu', () => {
  it('offers Cut, Copy, Paste and Select all in a field, enabled as the field allows', () => {
    const t = contextMenuTemplate(params({ isEditable: true, editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } }), noSpelling);
    expect(labels(t)).toEqual(['Cut', 'Copy', 'Paste', '—', 'Select all']);
    expect(t.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(labels(contextMenuTemplate(params({ isEditable: true }), noSpelling))).toEqual(['Cut (off)', 'Copy (off)', 'Paste', '—', 'Select all']);
  });

  it('offers Copy for selected text on the page, and nothing on plain background', () => {
    expect(
      labels(
        contextMenuTemplate(
          params({ selectionText: 'Due Friday', editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true } }),
          noSpelling,
        ),
      ),
    ).toEqual(['Copy', '—', 'Select all']);
    expect(contextMenuTemplate(params({ selectionText: '  ' }), noSpelling)).toEqual([]);
    expect(contextMenuTemplate(params(), noSpelling)).toEqual([]);
  });

  it('puts spelling suggestions and "Add to dictionary" first for a marked word', () => {
    const spelling = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const t = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve', 'recite', 'receiver', 'recede', 'reprieve'] }),
      spelling,
    );
    expect(labels(t).slice(0, 7)).toEqual(['receive', 'relieve', 'recite', 'receiver', 'recede', 'Add to dictionary', '—']);
    t[0]!.click!({} as never, undefined, {} as never);
    t[5]!.click!({} as never, undefined, {} as never);
    expect(spelling.replaceMisspelling).toHaveBeenCalledWith('receive');
    expect(spelling.addToDictionary).toHaveBeenCalledWith('recieve');
    expect(labels(contextMenuTemplate(params({ isEditable: true, misspelledWord: 'xqzt' }), spelling))[0]).toBe('No spelling suggestions (off)');
  });

  it('pops up only when there is something to offer, wired to the page and its session', () => {
    const contents = new EventEmitter() as EventEmitter & Record<string, unknown>;
    const addWord = vi.fn();
    Object.assign(contents, { replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: addWord } });
    const popup = vi.fn();
    const buildFromTemplate = vi.fn(() => ({ popup }));
    installContextMenu(contents as never, { buildFromTemplate } as never);
    contents.emit('context-menu', {}, params());
    expect(buildFromTemplate).not.toHaveBeenCalled();
    contents.emit('context-menu', {}, params({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the'] }));
    expect(popup).toHaveBeenCalledTimes(1);
    const template = (buildFromTemplate.mock.calls[0] as unknown as [ReturnType<typeof contextMenuTemplate>])[0];
    template[0]!.click!({} as never, undefined, {} as never);
    template[1]!.click!({} as never, undefined, {} as never);
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('the');
    expect(addWord).toHaveBeenCalledWith('teh');
  });
});
