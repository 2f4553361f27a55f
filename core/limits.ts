/**
 * The limits of what lexgap accepts, keeps and writes, in one place. The project format (core/project.ts), the
 * IPC contract (core/app/contract.ts), the interface (what a field lets a person type) and the command line all
 * read them here, so nothing the interface lets through is refused when it is saved, and nothing a save writes
 * is refused when it is opened again. Lengths of text are in UTF-16 code units, as JavaScript, zod and an
 * HTML field's maxlength count them.
 */
export const LIMITS = {
  /** A reviewer's note on one element. */
  note: 20_000,
  /** The reviewer's name on a decision. */
  author: 200,
  /** The law's title, as the person names it. */
  title: 500,
  /** The country, as the person names it. */
  country: 200,
  /** The law's date, as the person confirms it. */
  date: 40,
  /** A file name shown as a label (never a path). */
  fileLabel: 255,

  /** The bytes of a law file (about 1,500 pages of statute as .docx; far more as text), on every platform. */
  inputBytes: 50 * 1024 * 1024,
  /** Projects the recent list keeps, on the desktop and on the web. */
  recent: 10,
  /** An export (Word report, CSV, JSON) main writes for the page. */
  exportBytes: 100 * 1024 * 1024,
  /**
   * A regional comparison's JSON kept by the desktop app, in UTF-16 code units: at most 3 UTF-8 bytes each, so
   * what is kept stays within the size main reads back (main/projects.ts).
   */
  regionLength: 64 * 1024 * 1024,
  /** A regional comparison file: up to 200 projects, each far below a project's size for any real law. */
  regionBytes: 200 * 1024 * 1024,
  /** The text of one law, once read. */
  textLength: 5_000_000,
  /** Clauses in one analysis: ten times the longest law of the corpus. */
  clauses: 25_000,
  /** Clauses a Word report holds: each costs about 50 KB of memory while the report is written. */
  reportClauses: 10_000,
  /** Reviewer decisions in one project (the app keeps one per element; older files may hold a history). */
  decisions: 5_000,
  /** Steps of a project's review history (a long review of 49 elements takes a few hundred). */
  history: 20_000,
  /** A project file, as lexgap writes it. */
  projectBytes: 128 * 1024 * 1024,
  /** Nesting of any JSON lexgap reads (a project is 6 deep; a hostile file may be 100,000). */
  jsonDepth: 64,
  /** Fields that a newer lexgap added and this one keeps: at most this many per object... */
  extraFields: 64,
  /** ...each at most this long as JSON. */
  extraFieldChars: 100_000,

  /** Decompressed content of a PDF's streams, other than images (fonts, page contents, object streams). */
  pdfStreamBytes: 256 * 1024 * 1024,

  /**
   * Reading one document and analysing one law each run in a worker thread that is stopped when it passes its
   * time, or when the process grows by more than its memory (all kinds of memory counted, not only the heap).
   */
  readMs: 60_000,
  readMemoryMb: 1024,
  analyseMs: 120_000,
  analyseMemoryMb: 1536,

  /**
   * A text longer than this is far past any firearms law lexgap has met (the longest of the corpus, a Peruvian
   * regulation, is 590,000 characters): the person is told its size and the expected wait before it is analysed,
   * and the start screen shows a summary of it rather than an editable field, which a browser lays out slowly.
   */
  largeText: 1_000_000,
  /**
   * Characters analysed per second, to tell the person how long a large text will take: the slow end of what was
   * measured on the project's shared 2-core machine (190,000 to 490,000 characters a second, on laws of the corpus
   * repeated up to 4.7 million characters; `npm run bench` reports the engine's speed per law as MB/s).
   */
  analyseCharsPerSecond: 200_000,
} as const;

export type Limits = typeof LIMITS;

/**
 * Whether a plain-text file of this many bytes holds more than the text limit whatever its encoding: every
 * UTF-16 code unit takes at most 3 bytes of UTF-8 (2 of UTF-16, 1 of a single-byte code page).
 */
export function textSurelyTooLong(bytes: number, format: string): boolean {
  return format === 'text' && bytes > 3 * LIMITS.textLength;
}
