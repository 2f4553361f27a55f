import { useId } from 'react';
import type { LanguageOption } from '../platform.js';
import { LANGUAGE_LABEL } from '../labels.js';

export interface InputPanelProps {
  text: string;
  language: LanguageOption;
  busy: boolean;
  onTextChange(text: string): void;
  onLanguageChange(language: LanguageOption): void;
  onAnalyse(): void;
  onTrySample(): void;
}

export function InputPanel(props: InputPanelProps) {
  const textId = useId();
  const hintId = useId();
  const languageId = useId();
  const empty = props.text.trim() === '';
  return (
    <section className="panel input-panel" aria-labelledby="input-heading">
      <h2 id="input-heading">The law to analyse</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!empty && !props.busy) props.onAnalyse();
        }}
      >
        <label htmlFor={textId}>Text of the law</label>
        <p id={hintId} className="hint">
          Paste the firearms law, or the parts of it you want checked, then press Analyse.
        </p>
        <textarea
          id={textId}
          aria-describedby={hintId}
          value={props.text}
          onChange={(event) => props.onTextChange(event.target.value)}
          spellCheck={false}
          placeholder="For example: 6. Marking at manufacture. Every firearm manufactured shall bear the name of the manufacturer, the country of manufacture and the serial number."
        />
        <label htmlFor={languageId}>Language of the text</label>
        <select
          id={languageId}
          value={props.language}
          onChange={(event) => props.onLanguageChange(event.target.value as LanguageOption)}
        >
          {(Object.keys(LANGUAGE_LABEL) as LanguageOption[]).map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_LABEL[code]}
            </option>
          ))}
        </select>
        <div className="actions">
          <button type="submit" className="primary" disabled={empty || props.busy}>
            Analyse
          </button>
          <button type="button" onClick={props.onTrySample} disabled={props.busy}>
            Try the sample law
          </button>
        </div>
      </form>
    </section>
  );
}
