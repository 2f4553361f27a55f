/**
 * Every word main shows by itself: menu labels and dialog titles and filters. English for now, kept in one
 * table so that a translation is one more table of the same shape (the renderer has its own i18n).
 * "&" marks the access key on Windows and Linux; macOS ignores it.
 */
export const EN = {
  menu: {
    file: '&File',
    new: '&New',
    open: '&Open…',
    openRecent: 'Open &Recent',
    noRecent: 'No recent projects',
    save: '&Save',
    saveAs: 'Save &As…',
    importLaw: '&Import Law…',
    exportReport: 'Export &Word Report…',
    exportCsv: 'Export &CSV…',
    exportJson: 'Export &JSON…',
    close: '&Close Window',
    quit: '&Quit',
    exit: 'E&xit',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    cut: 'Cu&t',
    copy: '&Copy',
    paste: '&Paste',
    selectAll: 'Select &All',
    find: '&Find…',
    view: '&View',
    dashboard: 'Coverage &Dashboard',
    resetZoom: '&Actual Size',
    zoomIn: 'Zoom &In',
    zoomOut: 'Zoom &Out',
    fullScreen: 'Toggle &Full Screen',
    reload: '&Reload',
    devTools: 'Toggle &Developer Tools',
    help: '&Help',
    readme: 'lexgap &Guide (README on GitHub)',
    protocol: 'The Firearms &Protocol (UNODC website)',
    about: '&About lexgap',
  },
  dialogs: {
    importTitle: 'Import a law',
    openTitle: 'Open a lexgap project',
    openRegionTitle: 'Open a regional comparison',
    saveTitle: 'Save the lexgap project',
    exportTitle: 'Export',
    lawDocuments: 'Law documents',
    allFiles: 'All files',
    projects: 'lexgap projects',
    regions: 'lexgap regional comparisons',
    docx: 'Word document',
    csv: 'CSV spreadsheet',
    json: 'JSON data',
    replaceTitle: 'Replace the file?',
    replaceMessage: '{name} already exists. Replace it?',
    replace: 'Replace',
    cancel: 'Cancel',
    openFailedTitle: 'The project cannot be opened',
    untitled: 'Untitled',
  },
} as const;

/** The shape every translation of the table has. */
export type Strings = { menu: Record<keyof typeof EN.menu, string>; dialogs: Record<keyof typeof EN.dialogs, string> };

/** The strings main uses; one language until the lead adds the others. */
export const STRINGS: Strings = EN;

/** Fills {name}-style slots. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}
