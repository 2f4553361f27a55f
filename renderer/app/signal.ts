/**
 * Named events the app fires on window when background work ends ("lexgap:autosaved"), so that tests and
 * assistive tooling can wait on the event rather than on time.
 */
export type AppEvent = 'autosaved' | 'region-kept';

export function signal(event: AppEvent): void {
  window.dispatchEvent(new Event(`lexgap:${event}`));
}
