/** Focus moves to a new screen's heading (the selected provision in the workspace), so keyboard and screen reader users land on it. */
import { useEffect, useRef } from 'react';
import type { Screen } from './use-commands.js';

export function useScreenFocus(screen: Screen): void {
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    const main = document.getElementById('main');
    const target = screen === 'workspace' ? document.querySelector<HTMLElement>('.provision[tabindex="0"]') : main?.querySelector<HTMLElement>('h1:not(.visually-hidden), h2');
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
  }, [screen]);
}
