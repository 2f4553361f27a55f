/**
 * What the app's two sides exchange about laws and projects, as plain data: the Electron main process, the
 * preload and the page all take these from here (through core/app/contract.ts), so they cannot drift apart.
 */
import type { Project } from '../project.js';

/** A bundled law to try the tool on. */
export interface SampleLaw {
  file: string;
  text: string;
}

/** A law read from a document (docx, pdf, odt, rtf, html, txt), as text with its file name (never its path). */
export interface ImportedLaw {
  file: string;
  text: string;
}

/** Where a project was saved or opened from, as the user knows it. */
export interface ProjectLocation {
  /** What the title bar and recent list show (the file name). */
  name: string;
  /** An opaque handle: an id main resolves to a path in Electron, an IndexedDB key on the web. */
  id: string;
}

export interface OpenedProject {
  project: Project;
  location: ProjectLocation;
}

export interface RecentProject extends ProjectLocation {
  /** ISO time the project was last opened or saved. */
  at: string;
  country?: string;
  title?: string;
}

/** Work found after the app closed without saving: offered on the next start. */
export interface Recovery {
  project: Project;
  /** Where the project had been saved, if it ever was. */
  location?: ProjectLocation;
  savedAt: string;
}

/** Commands from the native menu (Electron) or keyboard shortcuts (web), handled by the page. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'import',
  'export-report',
  'export-csv',
  'export-json',
  'undo',
  'redo',
  'find',
  'dashboard',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
