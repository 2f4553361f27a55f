/** The question asked before unsaved work is left: save it, leave it, or stay. */
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.js';

export function UnsavedDialog({ name, onSave, onDiscard, onCancel }: { name: string; onSave(): void; onDiscard(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('unsaved.heading')}
      onClose={onCancel}
      noClose
      footer={
        <>
          <button type="button" className="primary" onClick={onSave}>
            {t('unsaved.save')}
          </button>
          <button type="button" onClick={onDiscard}>
            {t('unsaved.discard')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <p>{t('unsaved.text', { name })}</p>
    </Dialog>
  );
}
