/**
 * Errors in the user's words: a problem lexgap knows (a PlatformError carries it as a code with data) is worded
 * from the catalogue in the interface's language; anything else is logged and reported as an unexpected failure.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../core/i18n/problems.js';
import { InputError } from '../../core/input-error.js';
import { currentUiLanguage } from '../i18n/index.js';
import { PlatformError } from '../platform/types.js';

export type Describe = (err: unknown) => string;

export function useDescribe(): Describe {
  const { t, i18n } = useTranslation('errors');
  return useCallback(
    (err: unknown): string => {
      if (err instanceof PlatformError || err instanceof InputError) return problemText(err.problem, currentUiLanguage());
      console.error(err);
      return t('unexpected');
    },
    // The language is part of what the words depend on.
    [t, i18n.language],
  );
}
