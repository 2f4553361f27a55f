// Keys of the catalogue are checked at compile time: t('cover.title') in the report namespace must exist in
// the English files (the reference), and so must every key the screen asks for.
import type { Resources } from './catalogue.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'interface';
    resources: Resources;
    returnNull: false;
  }
}
