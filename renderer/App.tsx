import { useMemo, useState } from 'react';
import type { Analysis } from '../core/types.js';
import { ElementDetail } from './components/ElementDetail.js';
import { ElementList } from './components/ElementList.js';
import { InputPanel } from './components/InputPanel.js';
import { Summary } from './components/Summary.js';
import { STATUS_LABEL } from './labels.js';
import { buildResultView } from './model.js';
import { PlatformError, type LanguageOption, type Platform } from './platform.js';

const PASTED = 'pasted text';

type Activity = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'error'; message: string };

export function App({ platform }: { platform: Platform }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState(PASTED);
  const [language, setLanguage] = useState<LanguageOption>('auto');
  const [analysis, setAnalysis] = useState<Analysis | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');

  const view = useMemo(() => (analysis ? buildResultView(analysis) : undefined), [analysis]);
  const groups = useMemo(() => {
    if (!view) return [];
    if (!onlyGaps) return view.groups;
    return view.groups
      .map((g) => ({ ...g, rows: g.rows.filter((r) => r.finding?.status !== 'covered') }))
      .filter((g) => g.rows.length > 0);
  }, [view, onlyGaps]);
  const selectedRow = groups.flatMap((g) => g.rows).find((r) => r.element.id === selectedId);

  async function run(source: { text: string; file: string }, lang: LanguageOption = language) {
    setActivity({ kind: 'busy', message: `Analysing ${source.file}…` });
    setAnnouncement(`Analysing ${source.file}`);
    try {
      const result = await platform.analyzeText({ text: source.text, file: source.file, language: lang });
      setAnalysis(result);
      setSelectedId(buildResultView(result).groups[0]?.rows[0]?.element.id);
      setActivity({ kind: 'idle' });
      const { covered, partial, missing } = result.summary;
      setAnnouncement(
        `Analysis of ${source.file} done: ${covered} ${STATUS_LABEL.covered.toLowerCase()}, ` +
          `${partial} ${STATUS_LABEL.partial.toLowerCase()}, ${missing} ${STATUS_LABEL.missing.toLowerCase()}.`,
      );
    } catch (error) {
      const message =
        error instanceof PlatformError
          ? error.message
          : 'lexgap could not analyse this text. Check that it is the text of a law and try again.';
      if (!(error instanceof PlatformError)) console.error(error);
      setActivity({ kind: 'error', message });
      setAnnouncement('');
    }
  }

  async function trySample() {
    setActivity({ kind: 'busy', message: 'Opening the sample law…' });
    try {
      const sample = await platform.getSampleLaw();
      setText(sample.text);
      setFile(sample.file);
      await run(sample, 'auto');
    } catch (error) {
      console.error(error);
      setActivity({ kind: 'error', message: 'The sample law could not be opened.' });
    }
  }

  const busy = activity.kind === 'busy';
  return (
    <div className="app" aria-busy={busy}>
      <header className="app-header">
        <h1>lexgap</h1>
        <p className="tagline">How far is a firearms law from the UN Firearms Protocol?</p>
        {analysis ? <Summary analysis={analysis} /> : null}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <main className={`workspace${analysis ? ' has-results' : ''}`}>
        <div className="column">
          <InputPanel
            text={text}
            language={language}
            busy={busy}
            onTextChange={(value) => {
              setText(value);
              setFile(PASTED);
            }}
            onLanguageChange={setLanguage}
            onAnalyse={() => void run({ text, file })}
            onTrySample={() => void trySample()}
          />
          {activity.kind === 'busy' ? <p className="activity">{activity.message}</p> : null}
          {activity.kind === 'error' ? (
            <p className="error" role="alert">
              {activity.message}
            </p>
          ) : null}
        </div>
        {view ? (
          <>
            <section className="panel list-panel" aria-labelledby="elements-heading">
              <div className="list-header">
                <h2 id="elements-heading">Protocol elements</h2>
                <label className="checkbox">
                  <input type="checkbox" checked={onlyGaps} onChange={(event) => setOnlyGaps(event.target.checked)} />
                  Only gaps
                </label>
              </div>
              {groups.length > 0 ? (
                <ElementList groups={groups} selectedId={selectedRow?.element.id} onSelect={setSelectedId} />
              ) : (
                <p className="hint">No gaps: every element is covered.</p>
              )}
            </section>
            <ElementDetail
              row={selectedRow}
              clauses={view.clauses}
              chapters={selectedRow ? view.chaptersFor(selectedRow.element.id) : []}
            />
          </>
        ) : (
          <section className="panel welcome" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">What lexgap does</h2>
            <p>
              lexgap reads a national firearms law and compares it, element by element, with the obligations of the UN
              Firearms Protocol. For each element it says whether the law covers it, covers it in part, or does not address
              it, and shows the clauses it relied on.
            </p>
            <p>The results are a starting point for review by a lawyer, not a legal opinion.</p>
            <p>Paste a law on the left, or try the sample law of the fictional Kingdom of Kestria.</p>
          </section>
        )}
      </main>
    </div>
  );
}
