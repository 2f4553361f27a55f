/** Shared helpers of the main-process tests: a real project (analysed by the engine) and temporary folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newProject } from '../../core/new-project.js';
import type { Project } from '../../core/project.js';

export const LAW_TEXT = [
  'FIREARMS ACT',
  '1. Every firearm manufactured in the Republic shall bear a unique serial number, the name of the manufacturer and the country of manufacture.',
  '2. A licence is required for the export, import or transit of firearms.',
  '3. Records of every firearm shall be kept for at least ten years.',
].join('\n\n');

let cached: Project | undefined;

/** A project for a short law, made once per test file (the engine takes a moment to load). */
export function sampleProject(): Project {
  cached ??= newProject(LAW_TEXT, { file: 'firearms-act.txt', title: 'Firearms Act' }, new Date('2025-01-02T03:04:05.000Z'));
  return structuredClone(cached);
}

/** A location id of the shape main hands out. */
export const LOCATION_ID = 'loc-12345678-9abc-4def-8123-456789abcdef';

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `lexgap-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small but real PDF with a text layer, one page per entry of `pages` (for progress events). */
export function textPdf(pages: readonly string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((text, i) => {
    const lines = text.split('\n').map((line, n) => `BT /F1 11 Tf 56 ${760 - n * 16} Td (${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`);
    const stream = lines.join('\n');
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
