/** The JSON contract of DESIGN.md section 4, as the tests read it (independent of the engine's own types). */
import { z } from 'zod';

const Evidence = z.object({ clause: z.string().regex(/^c\d+$/), score: z.number().min(0).max(1), terms: z.array(z.string()) });

export const AnalysisJson = z.object({
  tool: z.object({ name: z.literal('lexgap'), version: z.string().regex(/^\d+\.\d+\.\d+/) }),
  source: z.object({
    file: z.string().min(1),
    language: z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    // The law's identity (December 2026): each present only when the text states it.
    title: z.string().min(1).max(400).optional(),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    countryName: z.string().min(1).optional(),
    date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/).optional(),
    kind: z.enum(['act', 'law', 'code', 'decree', 'regulation', 'ordinance', 'order', 'bill']).optional(),
  }),
  clauses: z.array(z.object({ id: z.string().regex(/^c\d+$/), label: z.string().min(1), path: z.array(z.string()), text: z.string().min(1) })),
  elements: z.array(
    z.object({
      id: z.string().regex(/^fp\.\d+(\.\d+)?(\.[a-z])?$/),
      status: z.enum(['covered', 'partial', 'missing']),
      confidence: z.number().min(0).max(1),
      evidence: z.array(Evidence),
      missing: z.array(z.string()),
      // The review beside lexgap's proposal (December 2026): the status that stands and who set it.
      reviewedStatus: z.enum(['covered', 'partial', 'missing', 'not-applicable']),
      statusBy: z.enum(['engine', 'reviewer']),
    }),
  ),
  summary: z.object({ covered: z.number().int(), partial: z.number().int(), missing: z.number().int() }),
  reviewedSummary: z.object({ covered: z.number().int(), partial: z.number().int(), missing: z.number().int(), 'not-applicable': z.number().int() }),
});
export type AnalysisJson = z.infer<typeof AnalysisJson>;
