/**
 * Keep keyboard focus on the page when a screen changes.
 *
 * Pressing a button that changes the screen (Next, Save case, Lock now, a mode on the start
 * screen…) removes that button with its screen, and the browser then drops focus to <body>: a
 * keyboard user's next Tab starts over from the top and a screen reader announces nothing. When
 * the element that had focus leaves the page and nothing else took focus, this moves focus to the
 * new screen's main heading (its h1, else its first h2; made focusable with tabindex="-1"), as
 * soon as that heading is there (lazy screens and loading states render it a moment later).
 *
 * It only acts when focus was lost that way: a screen that places focus itself (a kiosk question,
 * a screening step, a dialog's button) does so first, and a click on plain text is left alone.
 */

/** Delay before acting, so components' own focus effects (run after the commit) go first. */
const SETTLE_MS = 30;

export function keepFocusOnScreenChange(doc: Document = document): () => void {
  let last: Element | null = doc.activeElement;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const lost = () => (!doc.activeElement || doc.activeElement === doc.body) && last !== null && !last.isConnected;

  const rescue = () => {
    timer = undefined;
    if (!lost()) return;
    const main = doc.getElementById('main') ?? doc.body;
    const heading = main.querySelector<HTMLElement>('h1') ?? main.querySelector<HTMLElement>('h2');
    if (!heading) return; // not rendered yet: the next change tries again
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  };

  const onFocusIn = (e: FocusEvent) => {
    last = e.target instanceof Element ? e.target : null;
  };
  const observer = new MutationObserver(() => {
    if (timer === undefined && lost()) timer = setTimeout(rescue, SETTLE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn);
    if (timer !== undefined) clearTimeout(timer);
  };
}
