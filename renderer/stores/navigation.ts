/**
 * Which section is open. The address hash is the source of truth so reload and the browser's
 * back/forward keep the seller where they were; nav links are plain `href="#/…"` anchors.
 */
import { DEFAULT_SECTION, sectionFromHash, sectionHash, type SectionId } from '../navigation/sections';
import { createStore } from './create-store';

interface NavigationState {
  section: SectionId;
  navigate(section: SectionId): void;
}

export const useNavigation = createStore<NavigationState>((set) => ({
  section: DEFAULT_SECTION,
  navigate(section) {
    if (window.location.hash !== sectionHash(section)) window.location.hash = sectionHash(section);
    set({ section });
  },
}));

/** Reads the section from the address (writing the default into it) and follows later changes. */
export function followLocationHash(): () => void {
  const initial = sectionFromHash(window.location.hash);
  if (initial) useNavigation.setState({ section: initial });
  else window.history.replaceState(null, '', sectionHash(DEFAULT_SECTION));

  const onHashChange = () => {
    const section = sectionFromHash(window.location.hash);
    if (section) useNavigation.setState({ section });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
