/**
 * The interface's logic without a browser: review actions, undo and redo behave. (That every string the screens
 * ask for exists in every language is test/i18n/catalogue.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { applyAction, currentDecision } from '../../renderer/review/project.js';
import { isDirty, sessionReducer, type Session } from '../../renderer/session.js';
import type { Project } from '../../core/project.js';

function project(): Project {
  return {
    format: 'lexgap-project',
    schemaVersion: 2,
    savedBy: '0.1.0',
    savedAt: '2026-01-01T00:00:00.000Z',
    meta: { createdAt: '2026-01-01T00:00:00.000Z' },
    law: { file: 'act.txt', text: 'x', language: 'en' },
    analysis: {
      tool: { name: 'lexgap', version: '0.1.0' },
      source: { file: 'act.txt', language: 'en', sha256: '' },
      clauses: [],
      elements: [],
      summary: { covered: 0, partial: 0, missing: 0 },
    },
    decisions: [],
    history: [],
  };
}

describe('review actions', () => {
  it('keeps one decision per element, carrying earlier choices forward', () => {
    let d = applyAction([], 'fp.8.1.a', { kind: 'confirm', status: 'covered' }, 'A. Drafter');
    d = applyAction(d, 'fp.8.1.a', { kind: 'reject-evidence', clause: 'c3' }, 'A. Drafter');
    d = applyAction(d, 'fp.8.1.a', { kind: 'note', note: 'Check the import marking.' }, 'A. Drafter');
    d = applyAction(d, 'fp.7', { kind: 'set-status', status: 'not-applicable' }, undefined);
    expect(d).toHaveLength(2);
    const decision = currentDecision(d, 'fp.8.1.a')!;
    expect(decision).toMatchObject({ status: 'covered', rejectedEvidence: ['c3'], note: 'Check the import marking.', author: 'A. Drafter' });
    expect(Number.isNaN(Date.parse(decision.decidedAt))).toBe(false);
    // Restoring the clause and attaching another.
    d = applyAction(d, 'fp.8.1.a', { kind: 'restore-evidence', clause: 'c3' }, 'A. Drafter');
    d = applyAction(d, 'fp.8.1.a', { kind: 'add-evidence', clause: 'c9' }, 'A. Drafter');
    expect(currentDecision(d, 'fp.8.1.a')).toMatchObject({ addedEvidence: ['c9'] });
    expect(currentDecision(d, 'fp.8.1.a')?.rejectedEvidence).toBeUndefined();
    // Back to the engine's finding.
    d = applyAction(d, 'fp.8.1.a', { kind: 'reset' }, undefined);
    expect(currentDecision(d, 'fp.8.1.a')).toBeUndefined();
    // A decision that says nothing any more is dropped.
    expect(applyAction(applyAction([], 'fp.9', { kind: 'note', note: 'x' }, undefined), 'fp.9', { kind: 'note', note: '' }, undefined)).toEqual([]);
  });

  it('undoes and redoes every action, and knows when the work is saved', () => {
    let s: Session | undefined = sessionReducer(undefined, { type: 'open', project: project(), saved: true });
    expect(isDirty(s)).toBe(false);
    s = sessionReducer(s, { type: 'review', element: 'fp.5.1.a', action: { kind: 'confirm', status: 'covered' } });
    s = sessionReducer(s, { type: 'review', element: 'fp.5.1.a', action: { kind: 'note', note: 'Fine.' } });
    expect(isDirty(s)).toBe(true);
    const reviewed = s!.project.decisions;
    s = sessionReducer(s, { type: 'undo' });
    s = sessionReducer(s, { type: 'undo' });
    expect(s!.project.decisions).toEqual([]);
    expect(isDirty(s)).toBe(false);
    s = sessionReducer(s, { type: 'undo' });
    expect(s!.past).toHaveLength(0);
    s = sessionReducer(s, { type: 'redo' });
    s = sessionReducer(s, { type: 'redo' });
    expect(s!.project.decisions).toBe(reviewed);
    // A new action clears what could be redone.
    s = sessionReducer(s, { type: 'undo' });
    s = sessionReducer(s, { type: 'review', element: 'fp.6.1', action: { kind: 'set-status', status: 'missing' } });
    expect(s!.future).toHaveLength(0);
    s = sessionReducer(s, { type: 'saved', location: { id: 'k', name: 'Act' }, project: s!.project });
    expect(isDirty(s)).toBe(false);
    expect(s!.location?.name).toBe('Act');
  });
});
