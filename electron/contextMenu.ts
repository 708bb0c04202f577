// The right-click menu: Cut, Copy, Paste and Select all on fields and selections, and spelling suggestions
// when the spell-checker marks a word. Our own small module rather than electron-context-menu (5.x wants
// Node 24 and brings electron-dl, a download manager this offline app must not carry).
import type { ContextMenuParams, Menu, MenuItemConstructorOptions, WebContents } from 'electron';

/** The part of Electron's `context-menu` params the template reads. */
export type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

/** What to show for a right-click; an empty list means no menu (plain page background). */
export function contextMenuTemplate(params: MenuParams, spelling: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const hasSelection = params.selectionText.trim() !== '';
  if (params.isEditable && params.misspelledWord !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => spelling.replaceMisspelling(word) });
    const misspelled = params.misspelledWord;
    items.push({ label: 'Add to dictionary', click: () => spelling.addToDictionary(misspelled) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: params.editFlags.canSelectAll },
    );
  } else if (hasSelection) {
    items.push({ role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy }, { type: 'separator' }, { role: 'selectAll', label: 'Select all' });
  }
  return items;
}

type MenuFactory = Pick<typeof Menu, 'buildFromTemplate'>;
type MenuContents = Pick<WebContents, 'on' | 'replaceMisspelling' | 'session'>;

export function installContextMenu(contents: MenuContents, menu: MenuFactory): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) menu.buildFromTemplate(template).popup();
  });
}
