/**
 * Named events the app fires on window when background work ends ("lexgap:autosaved"), so that tests and
 * other tooling can wait on the event rather than on time ("lexgap:engine-stopped": work the person stopped
 * has stopped, its worker terminated if it had started). `detail` says what was done (how many laws were kept).
 */
export type AppEvent = 'autosaved' | 'region-kept' | 'engine-stopped';

export function signal(event: AppEvent, detail?: number): void {
  window.dispatchEvent(new CustomEvent(`lexgap:${event}`, { detail }));
}
