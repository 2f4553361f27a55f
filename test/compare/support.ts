/** What the compare and diff tests share: the real command with room for reports, LibreOffice, and the JSON shapes. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { lexgap as run } from '../support/cli.js';

/** The real `lexgap` command, with time for reading, analysing and laying out a report on a busy machine. */
export const lexgap = (args: string[], input?: string | Buffer) => run(args, { input, timeout: 240_000 });

/**
 * Word documents as LibreOffice opens them: converted to PDF in one run with a profile of its own (so it never
 * clashes with another test's LibreOffice), then read back with pdftotext. Returns text and page count per file.
 */
export function throughLibreOffice(files: string[], outDir: string): Record<string, { text: string; pages: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'lexgap-lo-compare-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: 480_000, stdio: 'pipe' });
  return Object.fromEntries(
    files.map((f) => {
      const pdf = join(outDir, basename(f).replace(/\.docx$/, '.pdf'));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)![1]);
      return [basename(f), { text, pages }];
    }),
  );
}

/** The XML parts of a .docx, by name. */
export function docxParts(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
}

/** The visible text of a part. */
export const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Whitespace-insensitive text. */
export const flat = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

const Status = z.enum(['covered', 'partial', 'missing', 'not-applicable']);
const Language = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
const Tool = z.object({ name: z.literal('lexgap'), version: z.string().regex(/^\d+\.\d+\.\d+/) });

/** `lexgap compare --json`, as the tests read it. */
export const CompareJson = z
  .object({
    tool: Tool,
    laws: z.array(
      z
        .object({
          file: z.string().min(1),
          title: z.string().min(1),
          language: Language,
          country: z.string().min(1).optional(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          clauses: z.number().int().positive(),
          summary: z.object({ covered: z.number().int(), partial: z.number().int(), missing: z.number().int() }).passthrough(),
        })
        .strict(),
    ),
    elements: z.array(
      z.object({ id: z.string().regex(/^fp\.\d+(\.\d+)?(\.[a-z])?$/), statuses: z.array(Status), evidence: z.array(z.array(z.string())), missing: z.array(z.array(z.string())) }).strict(),
    ),
    harmonization: z.array(
      z
        .object({
          article: z.number().int(),
          sharedGaps: z.array(z.object({ element: z.string(), laws: z.array(z.number().int()), everyLaw: z.boolean() }).strict()),
          models: z.array(
            z.object({ element: z.string(), law: z.number().int(), clause: z.string(), label: z.string(), gapIn: z.array(z.number().int()), alsoCoveredBy: z.array(z.number().int()) }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const ClauseText = z.object({ label: z.string(), title: z.string().optional(), path: z.array(z.string()), text: z.string() }).strict();
const Kind = z.enum(['closed', 'opened', 'narrowed', 'widened', 'other']);

/** `lexgap diff --json`, as the tests read it. */
export const DiffJson = z
  .object({
    tool: Tool,
    old: z.object({ file: z.string(), title: z.string(), language: Language, country: z.string().optional(), sha256: z.string(), clauses: z.number().int() }).strict(),
    new: z.object({ file: z.string(), title: z.string(), language: Language, country: z.string().optional(), sha256: z.string(), clauses: z.number().int() }).strict(),
    summary: z.object({
      closed: z.number().int(),
      opened: z.number().int(),
      narrowed: z.number().int(),
      widened: z.number().int(),
      other: z.number().int(),
      evidenceMoved: z.number().int(),
      clausesAdded: z.number().int(),
      clausesRemoved: z.number().int(),
      clausesChanged: z.number().int(),
    }),
    elements: z.array(
      z
        .object({
          id: z.string(),
          from: Status,
          to: Status,
          change: Kind,
          before: z.array(z.string()),
          after: z.array(z.string()),
          missingBefore: z.array(z.string()),
          missingAfter: z.array(z.string()),
        })
        .strict(),
    ),
    evidence: z.array(z.object({ id: z.string(), status: Status, before: z.array(z.string()), after: z.array(z.string()), added: z.array(z.string()), dropped: z.array(z.string()) }).strict()),
    clauses: z
      .object({
        added: z.array(ClauseText),
        removed: z.array(ClauseText),
        changed: z.array(
          z
            .object({
              label: z.string(),
              title: z.string().optional(),
              path: z.array(z.string()),
              before: z.string(),
              after: z.string(),
              diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }).strict()),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();
