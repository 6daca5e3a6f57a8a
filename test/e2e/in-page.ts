/**
 * Functions that run inside the page (Playwright serialises them into the browser, so each one must be
 * self-contained). The few browser globals they touch are declared here, module-scoped, so the Node-side
 * test program never pretends to have a DOM.
 */

interface Box {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Style {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  visibility: string;
  display: string;
  opacity: string;
  backgroundColor: string;
  color: string;
}
interface PageElement {
  tagName: string;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  className: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  closest(selector: string): PageElement | null;
}
interface CspViolationEvent {
  violatedDirective: string;
  blockedURI: string;
}
declare const document: {
  activeElement: PageElement | null;
  body: PageElement;
  documentElement: { scrollWidth: number; scrollHeight: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  addEventListener(type: 'securitypolicyviolation', listener: (event: CspViolationEvent) => void): void;
};
declare const window: { innerWidth: number; innerHeight: number; scrollY: number };
declare function getComputedStyle(element: PageElement): Style;

/** Init script: the browser reports CSP violations as DOM events; turn each into a console line the test sees. */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.warn(`[csp-violation] ${event.violatedDirective} ${event.blockedURI}`);
  });
}

export interface FocusInfo {
  tag: string;
  text: string;
  section: string | null;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  inViewport: boolean;
}

/** What has focus now and how its focus ring is drawn (computed style, not class names). */
export function describeFocus(): FocusInfo {
  const element = document.activeElement;
  if (!element || element === document.body) {
    return { tag: 'body', text: '', section: null, outlineStyle: 'none', outlineWidth: 0, outlineColor: '', inViewport: false };
  }
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    text: element.textContent?.trim() ?? '',
    section: element.getAttribute('data-section'),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    outlineColor: style.outlineColor,
    inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
  };
}

export interface PartFacts {
  width: number;
  height: number;
  left: number;
  right: number;
  visible: boolean;
  background: string;
  color: string;
}

export interface FrameFacts {
  parts: Record<string, PartFacts | null>;
  overflowX: number;
}

/** Boxes and computed colours of the frame's key parts. */
export function measureFrame(): FrameFacts {
  const selectors: Record<string, string> = {
    sidebar: '.sidebar',
    logo: '.sidebar__brand svg',
    heading: 'main h1',
    main: 'main',
    statusBar: '.status-bar',
    badge: '.badge',
    body: 'body',
    current: '.nav-link[aria-current="page"]',
  };
  const parts: Record<string, PartFacts | null> = {};
  for (const [name, selector] of Object.entries(selectors)) {
    const element = document.querySelector(selector);
    if (!element) {
      parts[name] = null;
      continue;
    }
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    parts[name] = {
      width: box.width,
      height: box.height,
      left: box.left,
      right: box.right,
      visible: style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0,
      background: style.backgroundColor,
      color: style.color,
    };
  }
  return { parts, overflowX: document.documentElement.scrollWidth - window.innerWidth };
}

export function documentHeight(): number {
  return document.documentElement.scrollHeight;
}

export function scrollY(): number {
  return window.scrollY;
}

/** Status bar texts cut short by an ellipsis (their content is wider than their box). */
export function truncatedStatusTexts(): string[] {
  const cut: string[] = [];
  for (const element of document.querySelectorAll('.status-bar .status-item > span, .status-bar .status-item > time')) {
    if (element.className.includes('visually-hidden')) continue;
    if (element.scrollWidth > element.clientWidth + 1) cut.push(element.textContent ?? '');
  }
  return cut;
}

/**
 * Texts of a data screen's fixed parts (heading, filter labels, count, column headers, buttons, group
 * headings, load error) whose content does not fit their box: cut short sideways or spilling below.
 */
export function clippedDataScreenTexts(): string[] {
  const selectors = [
    'main h1',
    '.page-header__subtitle',
    '.filter label',
    '.list-toolbar__count',
    '.list-toolbar .button',
    '[role="columnheader"]',
    '.questions-group__title',
    '.load-error',
  ];
  const cut: string[] = [];
  for (const element of document.querySelectorAll(selectors.join(', '))) {
    if (element.className.includes('visually-hidden')) continue;
    if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) cut.push(element.textContent ?? '');
    // A column that lies past its table's box is hidden until the seller scrolls sideways.
    const box = element.closest('.table-scroll')?.getBoundingClientRect();
    if (box && element.getBoundingClientRect().right > box.right + 1) cut.push(`${element.textContent ?? ''} (out of view)`);
  }
  return cut;
}
