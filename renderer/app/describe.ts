/**
 * Errors in the user's words: a problem lexgap knows (an InputProblem, a PlatformError) is worded from the
 * catalogue in the interface's language; anything else is logged and reported as an unexpected failure.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { InputProblem } from '../engine/client.js';
import { PlatformError } from '../platform/types.js';

export type Describe = (err: unknown) => string;

export function useDescribe(): Describe {
  const { t, i18n } = useTranslation();
  return useCallback(
    (err: unknown): string => {
      if (err instanceof InputProblem) {
        const key = `errors.${err.rule}`;
        if (i18n.language !== 'en' && i18n.exists(key)) return t(key, { file: err.file ?? '' });
        return err.message;
      }
      if (err instanceof PlatformError) return i18n.language === 'en' ? err.message : t('errors.generic', { detail: err.message });
      console.error(err);
      return t('errors.unexpected');
    },
    [t, i18n],
  );
}
