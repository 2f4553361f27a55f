import { useTranslation } from 'react-i18next';
import { VERSION } from '../../core/version.js';
import { Dialog } from './Dialog.js';

/** The keyboard shortcuts, and a word about what lexgap is. */
export function HelpDialog({ onClose, mod }: { onClose(): void; mod: string }) {
  const { t } = useTranslation();
  const groups: { heading: string; keys: [string, string][] }[] = [
    {
      heading: t('help.general'),
      keys: [
        [`${mod}+S`, t('help.save')],
        [`${mod}+Shift+S`, t('help.saveAs')],
        [`${mod}+O`, t('help.open')],
        [`${mod}+I`, t('help.import')],
        [`${mod}+F`, t('help.find')],
        ['Alt+1 / Alt+2 / Alt+3 / Alt+4', t('help.screens')],
        ['F1 / ?', t('help.help')],
      ],
    },
    {
      heading: t('help.review'),
      keys: [
        [`${mod}+Z`, t('help.undo')],
        [`${mod}+Shift+Z / ${mod}+Y`, t('help.redo')],
        ['C', t('help.confirm')],
        ['Shift+C', t('help.confirmNext')],
        ['U', t('help.next')],
        ['A', t('help.approve')],
        ['1 / 2 / 3 / 4', t('help.status')],
        ['N', t('help.note')],
      ],
    },
    {
      heading: t('help.list'),
      keys: [
        ['↑ / ↓', t('help.move')],
        [t('help.homeEndKeys'), t('help.firstLast')],
        [t('help.pageKeys'), t('help.page')],
        [t('help.enterKey'), t('help.enter')],
        ['Tab', t('help.tab')],
      ],
    },
  ];
  return (
    <Dialog title={t('help.heading')} onClose={onClose} className="help-dialog">
      <div className="help-grid">
        {groups.map((g) => (
          <section key={g.heading}>
            <h3>{g.heading}</h3>
            <table className="keys">
              <tbody>
                {g.keys.map(([key, what]) => (
                  <tr key={key}>
                    <th scope="row">
                      <kbd>{key}</kbd>
                    </th>
                    <td>{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <h3>{t('help.aboutHeading')}</h3>
      <p>{t('help.about')}</p>
      <p className="hint">{t('help.version', { version: VERSION })}</p>
    </Dialog>
  );
}
