import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../core/app/channels.js';
import { buildMenuTemplate, escapeMnemonic, PROTOCOL_URL, README_URL, type MenuDeps } from '../../main/menu.js';
import { isSafeExternalUrl } from '../../main/security.js';
import { CATALOGUE, WORDS_LANGUAGES } from '../../core/i18n/index.js';

type Item = MenuItemConstructorOptions;
const plain = (label: string | undefined) => label?.replace(/&(?!&)/g, '').replace(/&&/g, '&');
const labels = (items: Item[]) => items.map((item) => plain(item.label) ?? item.role);
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(submenu(item))]);

function build(overrides: Partial<Omit<MenuDeps, 'send' | 'openExternal' | 'openRecent'>> = {}) {
  const deps = {
    isMac: false,
    devTools: false,
    send: vi.fn<MenuDeps['send']>(),
    openExternal: vi.fn<MenuDeps['openExternal']>(),
    openRecent: vi.fn<(path: string) => void>(),
    ...overrides,
  };
  return { deps, template: buildMenuTemplate(deps) };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, with the File items in order', () => {
    const { template } = build();
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template[0])).filter((l) => l !== 'separator' && l !== undefined)).toEqual([
      'New',
      'Open…',
      'Open Recent',
      'Save',
      'Save As…',
      'Import Law…',
      'Export Word Report…',
      'Export CSV…',
      'Export JSON…',
      'Quit',
    ]);
  });

  const commandCases: Array<[string, string]> = [
    ['New', 'new'],
    ['Open…', 'open'],
    ['Save', 'save'],
    ['Save As…', 'save-as'],
    ['Import Law…', 'import'],
    ['Export Word Report…', 'export-report'],
    ['Export CSV…', 'export-csv'],
    ['Export JSON…', 'export-json'],
    ['Undo', 'undo'],
    ['Redo', 'redo'],
    ['Find…', 'find'],
    ['Coverage Dashboard', 'dashboard'],
    ['About lexgap', 'about'],
  ];
  it.each(commandCases)('%s sends the %s command to the page', (label, command) => {
    const { deps, template } = build();
    const item = all(template).find((i) => plain(i.label) === label);
    expect(item?.role).toBeUndefined();
    (item?.click as () => void)();
    expect(deps.send).toHaveBeenCalledWith(command);
  });

  it('sends only commands the page knows, and every one of them but none other', () => {
    const { deps, template } = build();
    for (const item of all(template)) if (item.id?.startsWith('command:')) (item.click as () => void)();
    const sent = deps.send.mock.calls.map(([c]) => c);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it("keeps the clipboard roles and gives Undo and Redo to the app's review", () => {
    const { template } = build();
    const edit = submenu(template[1]);
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(edit.find((i) => i.id === 'command:undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(build({ isWindows: true }).template[1]!.submenu).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'command:redo', accelerator: 'Ctrl+Y' })]));
  });

  it('offers reload and developer tools only in development, and always zoom', () => {
    const roles = (t: Item[]) => submenu(t.find((i) => plain(i.label) === 'View')).map((i) => i.role);
    expect(roles(build().template)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    expect(roles(build().template)).not.toContain('reload');
    expect(roles(build().template)).not.toContain('toggleDevTools');
    expect(roles(build({ devTools: true }).template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('adds the app menu on macOS, closes the window there, and says Exit on Windows', () => {
    const mac = build({ isMac: true }).template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenu(mac[1]).at(-1)?.role).toBe('close');
    expect(submenu(build({ isWindows: true }).template[0]).at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' });
  });

  it('lists recent projects, escaping "&" in names, and opens them through main', () => {
    const { deps, template } = build({ recent: [{ name: 'Smith & Co.lexgap', path: '/docs/Smith & Co.lexgap' }, { name: 'b.lexgap', path: '/docs/b.lexgap' }] });
    const recent = submenu(all(template).find((i) => i.id === 'open-recent'));
    expect(recent.map((i) => i.label)).toEqual(['Smith && Co.lexgap', 'b.lexgap']);
    (recent[1]?.click as () => void)();
    expect(deps.openRecent).toHaveBeenCalledWith('/docs/b.lexgap');
    const empty = submenu(all(build().template).find((i) => i.id === 'open-recent'));
    expect(empty).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('opens the README and the Protocol page through the checked opener, both https', () => {
    const { deps, template } = build();
    for (const id of ['help:readme', 'help:protocol']) (all(template).find((i) => i.id === id)?.click as () => void)();
    expect(deps.openExternal.mock.calls).toEqual([[README_URL], [PROTOCOL_URL]]);
    expect(isSafeExternalUrl(README_URL)).toBe(true);
    expect(isSafeExternalUrl(PROTOCOL_URL)).toBe(true);
  });

  it.each(WORDS_LANGUAGES)('%s: takes every label from the catalogue’s menu words, in the interface’s language', (language) => {
    const { template } = build({ language, isMac: true, devTools: true, recent: [{ name: 'act.lexgap', path: '/p/act.lexgap' }] });
    const labels = new Set(Object.values(CATALOGUE[language].menu.menu));
    const shown = all(template).filter((item) => item.label && !item.id?.startsWith('recent:'));
    expect(shown.length).toBeGreaterThan(25);
    for (const item of shown) expect(labels, item.label).toContain(item.label);
    // Every item has an access key, and no two top-level menus share one.
    const keys = template.filter((item) => item.label).map((item) => /&(\p{L})/u.exec(item.label!)?.[1]?.toLowerCase());
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('speaks French and Spanish, not English, in those languages', () => {
    const english = labels(build().template);
    expect(labels(build({ language: 'fr' }).template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(build({ language: 'es' }).template)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(english).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('escapes mnemonics', () => {
    expect(escapeMnemonic('A&B && C')).toBe('A&&B &&&& C');
  });
});
