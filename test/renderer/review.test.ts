/**
 * The review's state logic without a browser (renderer/review/*): status and evidence never contradict each other,
 * an override carries its reason, approval, the queue by the engine's doubt, the pass's progress, and the history
 * kept across undo and a reload (the project file's migration).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { parseProject, projectFromAnalysis, serializeProject, type Project } from '../../core/project.js';
import { applyReview } from '../../core/review.js';
import { answer, questionFor, standingQuestion } from '../../renderer/review/consistency.js';
import { applyAction, currentDecision, type ReviewAction } from '../../renderer/review/project.js';
import { nextUnreviewed, progress, reviewQueue, reviewState } from '../../renderer/review/queue.js';
import { buildView } from '../../renderer/review/view.js';
import { sessionReducer, type Session } from '../../renderer/session.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(path.join(ROOT, 'renderer', 'sample', 'kestria-en.txt'), 'utf8');
const analysis = analyzeText(text, { file: 'kestria-en.txt' });
const fresh = (): Project => projectFromAnalysis(analysis, { text, file: 'kestria-en.txt' }, { country: 'Kestria' }, new Date('2026-12-01T09:00:00Z'));

const oneClause = analysis.elements.find((f) => f.status === 'covered' && f.evidence.length === 1)!;
const twoClauses = analysis.elements.find((f) => f.status === 'covered' && f.evidence.length >= 2)!;
const missing = analysis.elements.find((f) => f.status === 'missing')!;
const someClause = analysis.clauses.find((c) => c.kind !== 'heading')!.id;

/** The element's finding as reviewed after the actions. */
function reviewed(actions: [string, ReviewAction][]) {
  let decisions = fresh().decisions;
  for (const [element, action] of actions) decisions = applyAction(decisions, element, action, 'A. Drafter');
  return new Map(applyReview(analysis, decisions).map((f) => [f.id, f]));
}

describe('status and evidence never contradict each other', () => {
  const finding = (id: string, actions: [string, ReviewAction][] = []) => reviewed(actions).get(id)!;

  it.each([
    ['rejecting the only clause of a covered finding', oneClause.id, { kind: 'reject-evidence', clause: oneClause.evidence[0]!.clause } as ReviewAction, 'last-rejected', 'missing'],
    ['attaching a clause to a missing finding', missing.id, { kind: 'add-evidence', clause: someClause } as ReviewAction, 'attached-to-missing', 'partial'],
  ])('%s asks which status stands', (_, id, action, cause, suggested) => {
    expect(questionFor(finding(id), action)).toMatchObject({ kind: 'status', cause, suggested });
  });

  it.each([
    ['rejecting one clause of several', twoClauses.id, { kind: 'reject-evidence', clause: twoClauses.evidence[0]!.clause } as ReviewAction],
    ['attaching a clause to a covered finding', oneClause.id, { kind: 'add-evidence', clause: someClause } as ReviewAction],
    ['confirming lexgap’s status', oneClause.id, { kind: 'confirm', status: 'covered' } as ReviewAction],
    ['setting lexgap’s own status', missing.id, { kind: 'set-status', status: 'missing' } as ReviewAction],
    ['an override that gives its reason', oneClause.id, { kind: 'set-status', status: 'partial', reason: 'Only licensed dealers.' } as ReviewAction],
  ])('%s asks nothing', (_, id, action) => {
    expect(questionFor(finding(id), action)).toBeUndefined();
  });

  it('asks again when a rejected clause is restored to an element the reviewer then said is missing', () => {
    const clause = oneClause.evidence[0]!.clause;
    const f = finding(oneClause.id, [[oneClause.id, { kind: 'reject-evidence', clause, status: 'missing', reason: 'About explosives.' }]]);
    const q = questionFor(f, { kind: 'restore-evidence', clause })!;
    expect(q).toMatchObject({ kind: 'status', cause: 'restored-to-missing', suggested: 'partial' });
    // Restored with the status chosen: lexgap's "covered" needs no reason, and the clause is evidence again.
    const after = finding(oneClause.id, [
      [oneClause.id, { kind: 'reject-evidence', clause, status: 'missing', reason: 'About explosives.' }],
      [oneClause.id, answer(q, 'covered', '')],
    ]);
    expect(after).toMatchObject({ status: 'covered', contradicts: false, evidence: [{ clause, origin: 'engine' }] });
    expect(after.decision?.reason).toBeUndefined();
    expect(after.decision?.rejectedEvidence).toBeUndefined();
    expect(after.decision?.addedEvidence).toBeUndefined();
  });

  it('asks which clause supports a status set where no clause is left, and attaches the one chosen with it, as one action', () => {
    const q = questionFor(finding(missing.id), { kind: 'set-status', status: 'covered' })!;
    expect(q).toMatchObject({ kind: 'clause', action: { status: 'covered' } });
    expect(() => answer(q, 'covered', 'Defined in s. 2.')).toThrow();
    const action = answer(q, 'covered', 'Defined in s. 2.', someClause);
    expect(action).toEqual({ kind: 'add-evidence', clause: someClause, status: 'covered', reason: 'Defined in s. 2.' });
    expect(finding(missing.id, [[missing.id, action]])).toMatchObject({ status: 'covered', statusBy: 'reviewer', contradicts: false, evidence: [{ clause: someClause, origin: 'reviewer' }] });
    // The same once the last clause was rejected: "partly covered" needs a clause too.
    const clause = oneClause.evidence[0]!.clause;
    const emptied = finding(oneClause.id, [[oneClause.id, { kind: 'reject-evidence', clause, status: 'missing', reason: 'About explosives.' }]]);
    expect(questionFor(emptied, { kind: 'set-status', status: 'partial' })).toMatchObject({ kind: 'clause' });
    expect(questionFor(emptied, { kind: 'set-status', status: 'not-applicable' })).toMatchObject({ kind: 'reason' });
    // Missing where clauses remain asks only why: the clauses stay, said not to meet the obligation.
    expect(questionFor(finding(oneClause.id), { kind: 'set-status', status: 'missing' })).toMatchObject({ kind: 'reason' });
  });

  it('asks for a reason when the reviewer’s status is not lexgap’s, also after the status question', () => {
    expect(questionFor(finding(missing.id), { kind: 'set-status', status: 'not-applicable' })).toMatchObject({ kind: 'reason' });
    expect(questionFor(finding(missing.id), { kind: 'add-evidence', clause: someClause, status: 'covered' })).toMatchObject({ kind: 'reason' });
  });

  it('turns the answer into one action that leaves status and evidence agreeing, with the reason kept', () => {
    const f = finding(oneClause.id);
    const q = questionFor(f, { kind: 'reject-evidence', clause: oneClause.evidence[0]!.clause })!;
    const after = finding(oneClause.id, [[oneClause.id, answer(q, 'missing', 'The clause is about explosives.')]]);
    expect(after).toMatchObject({ status: 'missing', statusBy: 'reviewer', evidence: [], contradicts: false });
    expect(after.decision).toMatchObject({ reason: 'The clause is about explosives.', rejectedEvidence: [oneClause.evidence[0]!.clause] });
    const attached = finding(missing.id, [[missing.id, answer(questionFor(finding(missing.id), { kind: 'add-evidence', clause: someClause })!, 'partial', 'Section covers dealers only.')]]);
    expect(attached).toMatchObject({ status: 'partial', evidence: [{ clause: someClause, origin: 'reviewer' }] });
  });

  it('marks a decision already in contradiction (an older project) and asks for its status', () => {
    const f = finding(oneClause.id, [[oneClause.id, { kind: 'reject-evidence', clause: oneClause.evidence[0]!.clause }]]);
    expect(f).toMatchObject({ status: 'covered', statusBy: 'engine', evidence: [], contradicts: true });
    expect(standingQuestion(f)).toMatchObject({ kind: 'status', cause: 'contradicts', suggested: 'missing' });
    expect(reviewState(f)).toBe('open');
  });

  it('drops the reason when the status goes back to lexgap’s', () => {
    let d = applyAction([], missing.id, { kind: 'set-status', status: 'partial', reason: 'Dealers only.' }, 'A');
    expect(currentDecision(d, missing.id)?.reason).toBe('Dealers only.');
    d = applyAction(d, missing.id, { kind: 'note', note: 'See s. 4.' }, 'A');
    expect(currentDecision(d, missing.id)?.reason).toBe('Dealers only.');
    d = applyAction(d, missing.id, { kind: 'confirm', status: 'missing' }, 'A');
    expect(currentDecision(d, missing.id)?.reason).toBeUndefined();
  });
});

describe('approval (a second review)', () => {
  it('approves a decided status, names the approver, and is withdrawn by any later change', () => {
    expect(applyAction([], missing.id, { kind: 'approve' }, 'B')).toEqual([]);
    let d = applyAction([], missing.id, { kind: 'confirm', status: 'missing' }, 'A. Drafter', new Date('2026-12-01T10:00:00Z'));
    d = applyAction(d, missing.id, { kind: 'approve' }, 'B. Adviser', new Date('2026-12-01T11:00:00Z'));
    expect(currentDecision(d, missing.id)).toMatchObject({ author: 'A. Drafter', approvedBy: 'B. Adviser', approvedAt: '2026-12-01T11:00:00.000Z', decidedAt: '2026-12-01T10:00:00.000Z' });
    expect(reviewState(applyReview(analysis, d).find((f) => f.id === missing.id)!)).toBe('approved');
    d = applyAction(d, missing.id, { kind: 'set-status', status: 'partial', reason: 'Dealers only.' }, 'A. Drafter');
    expect(currentDecision(d, missing.id)?.approvedAt).toBeUndefined();
    expect(reviewState(applyReview(analysis, d).find((f) => f.id === missing.id)!)).toBe('reviewed');
  });
});

describe('the review pass', () => {
  it('orders the queue by the engine’s doubt: flagged findings first, then the least confident', () => {
    const queue = reviewQueue(buildView(fresh()).rows);
    const flagged = queue.filter((r) => r.finding.engine.review);
    expect(flagged.length).toBeGreaterThan(0);
    expect(queue.slice(0, flagged.length).every((r) => r.finding.engine.review)).toBe(true);
    const rest = queue.slice(flagged.length).map((r) => r.finding.engine.confidence);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it('goes to the next unreviewed finding in that order, skipping those decided, and says when none is left', () => {
    const project = fresh();
    const queue = reviewQueue(buildView(project).rows).map((r) => r.element.id);
    expect(nextUnreviewed(buildView(project).rows, undefined)).toBe(queue[0]);
    const decisions = applyAction([], queue[1]!, { kind: 'confirm', status: buildView(project).byId.get(queue[1]!)!.finding.status }, 'A');
    expect(nextUnreviewed(buildView({ ...project, decisions }).rows, queue[0])).toBe(queue[2]);
    // Round to the start of the queue.
    expect(nextUnreviewed(buildView(project).rows, queue.at(-1))).toBe(queue[0]);
    const all = buildView(project).rows.reduce((d, r) => applyAction(d, r.element.id, { kind: 'confirm', status: r.finding.status }, 'A'), [] as Project['decisions']);
    expect(nextUnreviewed(buildView({ ...project, decisions: all }).rows, queue[0])).toBeUndefined();
  });

  it('counts the progress: reviewed, approved, by status, binding obligations unmet', () => {
    const project = fresh();
    const before = progress(buildView(project));
    expect(before).toMatchObject({ total: 49, reviewed: 0, approved: 0 });
    expect(before.bindingUnmet).toBeGreaterThan(0);
    expect(before.flaggedOpen).toBe(analysis.elements.filter((f) => f.review).length);
    // An obligation set aside as not applicable is no longer unmet.
    const unmet = buildView(project).rows.find((r) => r.element.tier === 'mandatory' && r.finding.status === 'missing')!;
    let d = applyAction([], unmet.element.id, { kind: 'set-status', status: 'not-applicable', reason: 'No State stocks.' }, 'A');
    d = applyAction(d, unmet.element.id, { kind: 'approve' }, 'B');
    const after = progress(buildView({ ...project, decisions: d }));
    expect(after).toMatchObject({ reviewed: 1, approved: 1, bindingUnmet: before.bindingUnmet - 1 });
    expect(after.counts['not-applicable']).toBe(1);
  });
});

describe('the history of the review', () => {
  it('records each step, takes it back out on undo, and survives saving and opening', () => {
    let s: Session | undefined = sessionReducer(undefined, { type: 'open', project: fresh(), saved: true });
    s = sessionReducer(s, { type: 'review', element: missing.id, action: { kind: 'set-status', status: 'partial', reason: 'Dealers only.' }, author: 'A. Drafter' });
    s = sessionReducer(s, { type: 'review', element: missing.id, action: { kind: 'approve' }, author: 'B. Adviser' });
    s = sessionReducer(s, { type: 'review', element: oneClause.id, action: { kind: 'confirm', status: 'covered' }, author: 'A. Drafter' });
    s = sessionReducer(s, { type: 'undo' });
    expect(s!.project.history.map((h) => [h.element, h.action, h.status, h.reason, h.author])).toEqual([
      [missing.id, 'set-status', 'partial', 'Dealers only.', 'A. Drafter'],
      [missing.id, 'approve', undefined, undefined, 'B. Adviser'],
    ]);
    const reopened = parseProject(serializeProject(s!.project));
    expect(reopened.history).toEqual(s!.project.history);
    expect(currentDecision(reopened.decisions, missing.id)).toMatchObject({ reason: 'Dealers only.', approvedBy: 'B. Adviser' });
  });

  it('opens a project saved before the history was kept, starting the history from its decisions', () => {
    const { history: _h, ...v2 } = JSON.parse(serializeProject(fresh())) as Record<string, unknown>;
    const v1 = { ...v2, schemaVersion: 1, decisions: [{ element: missing.id, status: 'partial', author: 'A. Drafter', note: 'Dealers only.', decidedAt: '2026-06-01T10:00:00.000Z' }] };
    const opened = parseProject(JSON.stringify(v1));
    expect(opened.schemaVersion).toBe(2);
    expect(opened.decisions).toHaveLength(1);
    expect(opened.history).toEqual([{ element: missing.id, action: 'decision', status: 'partial', author: 'A. Drafter', at: '2026-06-01T10:00:00.000Z' }]);
  });
});
