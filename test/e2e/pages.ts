/**
 * Page objects for the end-to-end journey: what a drafter sees and does on each screen, so that the test reads
 * as their session. They wait on the page's state and on the app's own events (renderer/app/signal.ts), never
 * on time.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Download, Locator, Page } from 'playwright-core';

/** An event of Chromium's trace (the fields read here). */
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  /** Wall and thread (CPU) durations, in µs. */
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** A task of a thread's loop, as the trace's "toplevel" category names it. */
const TASK = /^(ThreadControllerImpl::)?RunTask$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The app as a whole: its header, its screens, its announcements and the events it fires. */
export class LexgapApp {
  readonly start: StartScreen;
  readonly findings: FindingsScreen;
  readonly dashboard: DashboardScreen;
  readonly region: RegionScreen;
  readonly presentation: PresentationView;

  constructor(
    readonly page: Page,
    private readonly output: string,
    /** Screenshots are named `<prefix>-<name>.png`. */
    private readonly prefix = 'web',
  ) {
    this.start = new StartScreen(page);
    this.findings = new FindingsScreen(page);
    this.dashboard = new DashboardScreen(page);
    this.region = new RegionScreen(page);
    this.presentation = new PresentationView(page);
  }

  /** A header button or screen tab by its name. */
  button(name: string, exact = true): Locator {
    return this.page.getByRole('button', { name, exact });
  }

  goTo(screen: 'Start' | 'Findings' | 'Dashboard' | 'Region'): Promise<void> {
    return this.button(screen).click();
  }

  projectName(): Promise<string | null> {
    return this.page.locator('.project-name').textContent();
  }

  saveState(): Promise<string | null> {
    return this.page.locator('.save-state').textContent();
  }

  async waitForSaveState(text: string): Promise<void> {
    await this.page.locator('.save-state', { hasText: text }).waitFor();
  }

  /** Switches the interface's language with the header's menu (labelled in the current language). */
  async chooseLanguage(label: string, language: string): Promise<void> {
    await this.page.getByLabel(label).selectOption(language);
  }

  /**
   * Does `action` and waits for the app to fire `lexgap:<event>` (renderer/app/signal.ts) because of it, with
   * `detail` when one is given (the number of laws a comparison kept): the listener is in place before the action
   * starts, so an event that comes at once is not missed.
   */
  async afterEvent(event: 'autosaved' | 'region-kept' | 'engine-stopped', action: () => Promise<void>, detail?: number): Promise<void> {
    await this.page.evaluate(
      ({ event, detail }) => {
        const w = window as unknown as Record<string, Promise<void>>;
        w[`__lexgap_${event}`] = new Promise<void>((resolve) => {
          const listener = (e: Event) => {
            if (detail !== undefined && (e as CustomEvent<number>).detail !== detail) return;
            window.removeEventListener(`lexgap:${event}`, listener);
            resolve();
          };
          window.addEventListener(`lexgap:${event}`, listener);
        });
      },
      { event, detail },
    );
    await action();
    await this.page.evaluate((event) => (window as unknown as Record<string, Promise<void>>)[`__lexgap_${event}`], event);
  }

  /**
   * Starts watching the page's thread, from now on, in two ways: the Long Tasks API (every task that held the
   * thread past 50 ms, as wall time) and Chromium's trace of the same thread (each task's own CPU time, which
   * other work on a shared machine does not inflate).
   */
  async watchLongTasks(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __lexgap_long: number[] };
      w.__lexgap_long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lexgap_long.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await this.startTrace();
  }

  private startTrace(): Promise<void> {
    return this.page.context().browser()!.startTracing(this.page, { categories: ['toplevel', '__metadata'] });
  }

  /**
   * The longest task on the page's thread since the last call (or since watching began), in ms: its wall time as
   * the Long Tasks API saw it (0 when none passed 50 ms), and the most CPU time a task of the thread took.
   */
  async longestTask(): Promise<{ wall: number; cpu: number }> {
    const walls = await this.page.evaluate(() => (window as unknown as { __lexgap_long: number[] }).__lexgap_long.splice(0));
    const trace = JSON.parse((await this.page.context().browser()!.stopTracing()).toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    await this.startTrace();
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const cpu = events.filter((e) => e.ph === 'X' && TASK.test(e.name) && main.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined).map((e) => e.tdur! / 1000);
    // A trace without the thread's tasks would pass any bound: it is an error, never a pass.
    if (!cpu.length) throw new Error('the trace holds no task of the page\'s main thread');
    return { wall: Math.round(Math.max(0, ...walls)), cpu: Math.round(Math.max(...cpu)) };
  }

  /** A problem the app raises (role=alert) that says `text`. */
  alert(text: string): Locator {
    return this.page.locator('[role=alert]', { hasText: text }).first();
  }

  alerts(): Locator {
    return this.page.locator('[role=alert]');
  }

  /** Reloads the page, accepting the browser's "leave the page?" question if the app asks it. */
  async reload(): Promise<void> {
    const accept = (dialog: { accept(): Promise<void> }) => void dialog.accept();
    this.page.on('dialog', accept);
    await this.page.reload();
    this.page.off('dialog', accept);
  }

  async download(action: () => Promise<void>, timeout = 90_000): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout }), action()]);
    return download;
  }

  /** axe's serious and critical findings (WCAG 2.1 A and AA), as short lines. */
  async accessibilityProblems(): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /**
   * The header as the screen shows it: its width and the width its content needs, and the controls that are not
   * wholly on screen or whose label wraps (each named by its text).
   */
  async headerFit(): Promise<{ width: number; needed: number; offScreen: string[]; wrapped: string[] }> {
    return this.page.locator('header.app-header').evaluate((header) => {
      const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      const controls = [...header.querySelectorAll<HTMLElement>('button, select, a')];
      const name = (c: HTMLElement) => (c.textContent ?? '').trim() || c.getAttribute('aria-label') || c.tagName;
      const offScreen = controls
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < 0 || r.right > view.width || r.top < 0 || r.bottom > view.height || r.width === 0;
        })
        .map(name);
      // A label on two lines is taller than one line of its own text.
      const wrapped = controls
        .filter((c) => c.tagName === 'BUTTON')
        .filter((c) => {
          const lineHeight = parseFloat(getComputedStyle(c).lineHeight) || parseFloat(getComputedStyle(c).fontSize) * 1.5;
          const range = document.createRange();
          range.selectNodeContents(c);
          return range.getClientRects().length > 0 && range.getBoundingClientRect().height > lineHeight * 1.5;
        })
        .map(name);
      return { width: header.clientWidth, needed: header.scrollWidth, offScreen, wrapped };
    });
  }

  /** Whether `locator` is wholly within the window as it is, without scrolling. */
  async inView(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
    });
  }

  screenshot(name: string): Promise<Buffer> {
    return this.page.screenshot({ path: path.join(this.output, `${this.prefix}-${name}.png`) });
  }

  /**
   * What the screen cuts off: an element that hides its overflow (or ends it with an ellipsis) with wider content
   * than it shows, and the page itself scrolling sideways. Lines "tag.class: text". Not counted: what carries its
   * whole text in a tooltip, and `shortened`, selectors of what the screen shortens on purpose in every language.
   */
  clipped(shortened: string[] = []): Promise<string[]> {
    return this.page.evaluate((shortened) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.visibility === 'hidden' || el.clientWidth === 0 || shortened.some((x) => el.matches(x))) continue;
        const tooltip = el.getAttribute('title');
        if (tooltip && tooltip.trim() === (el.textContent ?? '').trim()) continue;
        const hides = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
        if (hides && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('visually-hidden'))
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
      }
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('the page scrolls sideways');
      return out;
    }, shortened);
  }

  /** The interface's own words on screen: everything but the law's text. */
  async interfaceText(): Promise<string> {
    const text = await this.page.locator('body').innerText();
    return text.replace((await this.page.locator('.law-text').allInnerTexts()).join('\n'), '');
  }
}

/** The start screen: a new assessment, the sample law, projects, recovered work. */
export class StartScreen {
  constructor(private readonly page: Page) {}

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label);
  }

  analyseButton(): Locator {
    return this.page.getByRole('button', { name: 'Analyse the law' });
  }

  /** The problem shown in the new assessment's form. */
  formError(): Locator {
    return this.page.locator('.new-assessment [role=alert]');
  }

  /** What the app says beside the text read about how its file was read (bytes that were not valid UTF-8). */
  readingWarning(): Locator {
    return this.page.locator('.new-assessment .reading-warning[role=status]');
  }

  dismissReadingWarning(): Promise<void> {
    return this.readingWarning().getByRole('button', { name: 'Dismiss' }).click();
  }

  /** Opens a project file with the "Open a project…" button, as the file dialog would. */
  async openProjectFile(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Open a project…' }).click()]);
    await chooser.setFiles(file);
  }

  dismissError(): Promise<void> {
    return this.page.getByRole('button', { name: 'Dismiss' }).click();
  }

  /** Tries the sample law, answering "Don’t save" if lexgap asks about the project open before it. */
  async trySampleInstead(): Promise<void> {
    await this.trySample();
    const ask = this.page.getByRole('dialog', { name: 'Save your changes?' });
    const analysed = this.page.locator('.law-head', { hasText: 'kestria' });
    await ask.or(analysed).first().waitFor({ timeout: 60_000 });
    if (await ask.isVisible()) await ask.getByRole('button', { name: 'Don’t save' }).click();
    await analysed.waitFor({ timeout: 60_000 });
  }

  trySample(): Promise<void> {
    return this.page.getByRole('button', { name: 'Try the sample law' }).first().click();
  }

  /** Drops a file, as a user drags it from their desktop, on `target` (the new assessment, or the whole window). */
  async drop(name: string, bytes: number[], target: 'form' | 'window', type = ''): Promise<void> {
    await this.page.evaluate(
      ({ name, bytes, target, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type }));
        const at = target === 'form' ? document.querySelector('.new-assessment')! : document.body;
        at.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name, bytes, target, type },
    );
  }

  /** Chooses a file with the "Choose a file…" button, as the file dialog would. */
  async chooseFile(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Choose a file…' }).click()]);
    await chooser.setFiles(file);
  }

  /** The reading under way, with its Stop button. */
  stopReadingButton(): Locator {
    return this.page.getByRole('button', { name: 'Stop reading' });
  }

  stopAnalysisButton(): Locator {
    return this.page.getByRole('button', { name: 'Stop the analysis' });
  }

  /** What the app says (role=status) once work ended: "Reading stopped…", "Analysis stopped…". */
  said(text: string): Locator {
    return this.page.locator('[role=status]', { hasText: text }).first();
  }

  /** The summary that stands for a text too large to show in the field. */
  largeText(): Locator {
    return this.page.getByRole('group', { name: 'The law’s text' });
  }

  /** The word asked before a large text is analysed: its size and the expected wait. */
  largeWarning(): Locator {
    return this.page.locator('.new-assessment .large-warning[role=alert]');
  }

  analyseLarge(): Promise<void> {
    return this.largeWarning().getByRole('button', { name: 'Analyse it' }).click();
  }

  /** The text read from a document, once it is there. */
  async textReadFrom(file: string): Promise<string> {
    const field = this.page.getByLabel(`Text read from ${file}`);
    await field.waitFor({ timeout: 60_000 });
    return field.inputValue();
  }

  /** What lexgap read from the file, as the form's fields show it for the person to confirm. */
  async identity(): Promise<{ title: string; country: string; date: string | null; language: string | null }> {
    const hint = this.page.locator('.new-assessment .field', { has: this.page.getByLabel('Language of the law') }).locator('.hint');
    const date = this.field('Date of the law');
    return {
      title: await this.field('Title of the law').inputValue(),
      country: await this.field('Country').inputValue(),
      date: (await date.count()) ? await date.inputValue() : null,
      language: (await hint.count()) ? await hint.textContent() : null,
    };
  }

  /** Pastes a law's text into the empty form (what was there, from a file or typed, is cleared first). */
  async pasteText(text: string): Promise<void> {
    const field = this.page.locator('.new-assessment textarea[name=law]');
    await field.fill('');
    await this.page.getByLabel('Or paste the text of the law').fill(text);
  }

  /** What lexgap says it read from the text for the person to confirm (from a file, or from pasted text). */
  detectedNote(): Locator {
    return this.page.locator('.new-assessment .detected-note[role=status]');
  }

  /** The file's own header lines, shown apart from the law (source notes, front matter). */
  fileHeader(): Locator {
    return this.page.locator('.new-assessment details.file-header');
  }

  async analyse(): Promise<void> {
    await this.analyseButton().click();
  }

  recentNamed(name: string): Locator {
    return this.page.locator('.recent-name', { hasText: name });
  }
}

/** The Findings screen: the provisions, the selected element's detail and review, the law's text. */
export class FindingsScreen {
  constructor(private readonly page: Page) {}

  /** A provision of the list by its reference ("Art. 8(1)(a)"). */
  provision(ref: string): Locator {
    return this.page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${escape(ref)}`) }).first();
  }

  provisions(): Locator {
    return this.page.getByRole('listbox').getByRole('option');
  }

  /** Waits for the list of a freshly analysed law. */
  async waitForAnalysis(ref = 'Art. 8(1)(a)'): Promise<void> {
    await this.provision(ref).waitFor({ timeout: 60_000 });
  }

  async statusOf(ref: string): Promise<string> {
    return (await this.provision(ref).locator('.badge').textContent())?.replace(/^[●◐○–·]/, '').trim() ?? '';
  }

  detail(): Locator {
    return this.page.locator('section.detail');
  }

  /** What the open element requires, in the catalogue's words. */
  obligation(): Promise<string | null> {
    return this.detail().locator('.obligation').textContent();
  }

  /** The open element's note beside its obligation, if it shows one. */
  async elementNote(): Promise<string | null> {
    const note = this.detail().locator('.element-note');
    return (await note.count()) ? note.textContent() : null;
  }

  /** Opens an element and waits for its detail. */
  async open(ref: string): Promise<void> {
    await this.provision(ref).click();
    await this.detail().getByRole('heading', { level: 2, name: new RegExp(escape(ref)) }).waitFor();
  }

  status(): Promise<string | null> {
    return this.detail().locator('.status-line .badge').textContent();
  }

  provenance(): Promise<string | null> {
    return this.detail().locator('.provenance').textContent();
  }

  async waitForProvenance(text: string): Promise<void> {
    await this.detail().locator('.provenance', { hasText: text }).waitFor();
  }

  evidence(): Locator {
    return this.detail().locator('.evidence-card');
  }

  rejected(): Locator {
    return this.detail().locator('.rejected-list li');
  }

  confirm(): Promise<void> {
    return this.detail().getByRole('button', { name: 'Confirm the finding' }).click();
  }

  rejectEvidence(index: number): Promise<void> {
    return this.evidence().nth(index).getByRole('button', { name: /^Reject / }).click();
  }

  /** Sets a status; one that is not lexgap's asks why, and `reason` answers. */
  async setStatus(status: string, reason?: string): Promise<void> {
    await this.detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: status }).click();
    if (reason !== undefined) await this.answer({ reason });
  }

  /** The question asked before a change would leave status and evidence contradicting, or overrides lexgap. */
  question(): Locator {
    return this.page.getByRole('dialog', { name: /^(Which status stands now\?|Why this status\?|Which clause supports it\?)$/ });
  }

  /**
   * Answers the question: the status that stands, the clause that supports it (found by `query`, chosen by its
   * label) and the reason, each when asked, then records it.
   */
  async answer({ status, clause, reason }: { status?: string; clause?: { query: string; label: string }; reason?: string }): Promise<void> {
    const dialog = this.question();
    await dialog.waitFor();
    if (status) await dialog.getByRole('radio', { name: status }).check();
    if (clause) {
      await dialog.getByLabel('Clause that supports it').fill(clause.query);
      await dialog.getByRole('button', { name: `Choose ${clause.label}`, exact: true }).click();
      await dialog.getByText(`Supported by ${clause.label}.`).waitFor();
    }
    if (reason !== undefined) await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The review pass across the top of the screen. */
  pass(): Locator {
    return this.page.getByRole('region', { name: 'Review progress' });
  }

  async startReview(name: string): Promise<void> {
    await this.pass().getByLabel('Reviewer’s name').fill(name);
    await this.pass().getByRole('button', { name: 'Start the review' }).click();
    await this.pass().getByText(`Reviewer: ${name}`).waitFor();
  }

  /** Waits until the pass says "Reviewed n of total". */
  async waitForReviewed(n: number, total = 49): Promise<void> {
    await this.pass().getByText(`Reviewed ${n} of ${total}`, { exact: true }).waitFor();
  }

  nextUnreviewed(): Promise<void> {
    return this.pass().getByRole('button', { name: 'Next unreviewed' }).click();
  }

  confirmAndNext(): Promise<void> {
    return this.pass().getByRole('button', { name: 'Confirm and next' }).click();
  }

  /** The heading of the element shown in the detail ("Art. 5(1)(a) Illicit manufacturing"). */
  async shownRef(): Promise<string> {
    return (await this.detail().locator('.detail-ref').textContent()) ?? '';
  }

  /** Waits for the detail to show another element than `ref`, and says which. */
  async waitForOtherThan(ref: string): Promise<string> {
    await this.detail().locator('.detail-ref', { hasNotText: ref }).waitFor();
    return this.shownRef();
  }

  /** Why lexgap asks for this finding to be checked first, while no one has decided it. */
  checkFirst(): Locator {
    return this.detail().locator('.check-first');
  }

  /** The tags read in an evidence clause, as "term: value" lines. */
  async clauseTags(index = 0): Promise<string[]> {
    const tags = this.evidence().nth(index).locator('.clause-tags > div');
    const terms = await tags.locator('dt').allTextContents();
    const values = await tags.locator('dd').allTextContents();
    return terms.map((term, i) => `${term}: ${values[i]}`);
  }

  /** Attaches a clause found by `query` in the attach field. */
  async attach(query: string, label: string): Promise<void> {
    await this.detail().getByLabel('Attach another clause').fill(query);
    await this.detail().getByRole('button', { name: `Attach ${label}` }).click();
  }

  /** The passages of the law marked for the shown element. */
  lawMarks(): Locator {
    return this.page.locator('.law-text .law-evidence, .law-text .law-focus');
  }

  history(): Locator {
    return this.detail().locator('.review-history');
  }

  noteField(): Locator {
    return this.detail().getByLabel('Reviewer’s note');
  }

  /** What the note field says of the note's length, near or past the limit. */
  noteLength(): Locator {
    return this.detail().getByTestId('note-length');
  }

  saveNoteButton(): Locator {
    return this.detail().getByRole('button', { name: 'Save the note' });
  }

  async writeNote(author: string, note: string): Promise<void> {
    await this.detail().getByLabel('Your name').fill(author);
    await this.detail().getByLabel('Reviewer’s note').fill(note);
    await this.detail().getByRole('button', { name: 'Save the note' }).click();
  }

  note(): Promise<string> {
    return this.detail().getByLabel('Reviewer’s note').inputValue();
  }

  filter(label: 'Status' | 'Article' | 'Kind', value: string): Promise<string[]> {
    return this.page.getByLabel(label, { exact: true }).selectOption(value);
  }

  clearFilters(): Promise<void> {
    return this.page.getByRole('button', { name: 'Clear the filters' }).click();
  }

  search(words: string): Promise<void> {
    return this.page.getByPlaceholder(/^Search/).fill(words);
  }

  groupBy(grouping: 'Protocol' | 'Model Law'): Promise<void> {
    return this.page.getByRole('button', { name: grouping, exact: true }).click();
  }

  /** Whether the Protocol / Model Law toggle's buttons sit side by side on one row, each label on one line. */
  groupingOnOneRow(): Promise<boolean> {
    return this.page.locator('.provisions-head .segmented').evaluate((toggle) => {
      const boxes = [...toggle.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
      return boxes.length === 2 && Math.abs(boxes[0]!.top - boxes[1]!.top) < 1 && Math.abs(boxes[0]!.height - boxes[1]!.height) < 1;
    });
  }

  /** The law pane's passage in focus (one piece per line of the law it runs over), and its label. */
  lawFocus(): Locator {
    return this.page.locator('.law-text .law-focus');
  }

  lawHead(): Locator {
    return this.page.locator('.law-head');
  }

  /** Switches the law pane to its outline or back to the text. */
  showLawAs(view: 'Outline' | 'Text'): Promise<void> {
    return this.page.locator('.law-views').getByRole('button', { name: view, exact: true }).click();
  }

  /** The outline of the law, a tree. */
  outline(): Locator {
    return this.page.getByRole('tree', { name: 'Outline of the law as lexgap read it' });
  }

  /** The outline's item that has keyboard focus. */
  focusedOutlineItem(): Locator {
    return this.outline().locator('[role=treeitem]:focus > .outline-line .outline-label');
  }

  /**
   * Presses keys in the outline, one at a time, waiting for each to take effect (focus moved, or the focused item
   * opened or closed) before the next: on a loaded machine a key pressed before the last one's render acted on the
   * item it had left. Enter leaves the outline and is not waited on.
   */
  async pressInOutline(...keys: string[]): Promise<void> {
    // The focused item and whether it is open, or (given the state before) whether that has changed.
    const probe = (was: string | null): string | boolean => {
      const item = document.activeElement?.closest('[role=treeitem]');
      const now = item ? `${item.querySelector('.outline-label')?.textContent}|${item.getAttribute('aria-expanded')}` : '';
      return was === null ? now : now !== was;
    };
    for (const key of keys) {
      const before = (await this.page.evaluate(probe, null)) as string;
      await this.page.keyboard.press(key);
      if (key !== 'Enter') await this.page.waitForFunction(probe, before);
    }
  }
}

export class DashboardScreen {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
  }

  tileLabels(): Promise<string[]> {
    return this.page.locator('.tile-label').allTextContents();
  }

  present(): Promise<void> {
    return this.page.getByRole('button', { name: 'Present', exact: true }).click();
  }

  showArticle(number: number): Promise<void> {
    return this.page.getByRole('button', { name: new RegExp(`^Art\\. ${number} `) }).click();
  }
}

/** The dashboard or the region in large type, for a room. */
export class PresentationView {
  constructor(private readonly page: Page) {}

  async waitFor(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: new RegExp(escape(title)) }).waitFor();
  }

  /** Each law's headline: the number of binding obligations unmet and what it counts. */
  headlines(): Promise<string[]> {
    return this.page.locator('.presentation .headline-list li').allTextContents();
  }

  /** The Model Law chapters as fractions ("11 of 17 covered"), for one law. */
  fractions(): Promise<string[]> {
    return this.page.locator('.presentation .fraction-value').allTextContents();
  }

  chart(): Locator {
    return this.page.locator('.presentation [role=img]');
  }

  /** The chart's table, row by row: the article, then each law's figures, separated by tabs. */
  async chartRows(): Promise<string[]> {
    const table = this.page.locator('.presentation .chart-as-table');
    await table.locator('summary').click();
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim()).join('\t')));
  }

  leave(): Promise<void> {
    return this.page.getByRole('button', { name: 'Leave the presentation' }).click();
  }
}

/** The export dialog. */
export class ExportDialog {
  readonly dialog: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export' });
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name });
  }
}

/** The regional comparison. */
export class RegionScreen {
  constructor(private readonly page: Page) {}

  laws(): Locator {
    return this.page.locator('.region-law-list li');
  }

  lawNames(): Promise<string[]> {
    return this.page.locator('.region-law-list .region-law-name').allTextContents();
  }

  addSample(): Promise<void> {
    return this.page.getByRole('button', { name: 'Add the sample law' }).click();
  }

  async addText(text: string): Promise<void> {
    await this.page.getByLabel('Paste the text of a law to compare').fill(text);
    await this.page.getByRole('button', { name: 'Add to the comparison' }).click();
  }

  matrix(): Locator {
    return this.page.locator('table.matrix');
  }

  /** The matrix's rows of elements (not the article headings). */
  rows(): Locator {
    return this.matrix().locator('tbody tr:not(.matrix-article)');
  }

  row(ref: string): Locator {
    return this.matrix().locator('tbody tr', { has: this.page.locator('th', { hasText: new RegExp(`^${escape(ref)}`) }) });
  }

  /** What went wrong adding a law by the buttons beside the list of laws (the sample, documents, a comparison file). */
  addError(): Locator {
    return this.page.locator('section.region-laws').getByRole('alert');
  }

  /** What went wrong adding the pasted text, beside it. */
  pasteError(): Locator {
    return this.page.locator('section.region-add').getByRole('alert');
  }

  /** Dismisses the error on show, wherever it is. */
  dismissError(): Promise<void> {
    return this.page.locator('section.region-laws, section.region-add').getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  }

  /** Adds several documents at once through the file dialog. */
  async addDocuments(files: string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Add documents…' }).click()]);
    await chooser.setFiles(files);
  }

  /** Gives the `index`th law a title of the person's choosing. */
  async rename(index: number, title: string): Promise<void> {
    await this.laws().nth(index).getByRole('button', { name: /^Rename / }).click();
    await this.page.getByLabel('Title of the law in the comparison').fill(title);
    await this.page.getByRole('button', { name: 'Keep the title' }).click();
  }

  sharedRule(label: string): Promise<string[]> {
    return this.page.getByLabel('What counts as a shared gap').selectOption({ label });
  }

  modelClauses(): Locator {
    return this.page.locator('.region-notes details.model-clause');
  }

  board(): Locator {
    return this.page.locator('section.region-board');
  }

  present(): Promise<void> {
    return this.board().getByRole('button', { name: 'Present', exact: true }).click();
  }

  onlySharedGaps(on: boolean): Promise<void> {
    const box = this.page.getByLabel('Only shared gaps');
    return on ? box.check() : box.uncheck();
  }
}
