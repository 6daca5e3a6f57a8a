/**
 * The left column: the Mostrador mark (the page's banner landmark) and the section navigation.
 * Nav entries are real links to `#/<section>`, so Tab reaches them, Enter follows them, and the
 * address bar, reload and back/forward all work. Space opens them too: they look and act like buttons,
 * and a keyboard user should not have to know which of the two they are.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_ICONS } from '../navigation/section-icons';
import { SECTION_IDS, sectionHash, type SectionId } from '../navigation/sections';
import { useNavigation } from '../stores/navigation';
import { QuestionsNavCount } from '../features/questions/notifications';
import { LogoMark } from './LogoMark';

// Pending changes and Settings sit apart at the bottom: they are about the app's own state, not a kind of work.
const BOTTOM_SECTIONS: readonly SectionId[] = ['changes', 'settings'];
const WORK_SECTIONS = SECTION_IDS.filter((id) => !BOTTOM_SECTIONS.includes(id));

export function Sidebar() {
  const { t } = useTranslation();
  return (
    <div className="sidebar">
      <header className="sidebar__brand">
        <LogoMark />
        <div>
          <p className="sidebar__name">{t('app.name')}</p>
          <p className="sidebar__tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <nav className="sidebar__nav" aria-label={t('nav.label')}>
        <ul className="nav-list">
          {WORK_SECTIONS.map((id) => (
            <NavItem key={id} section={id} />
          ))}
        </ul>
        <ul className="nav-list nav-list--bottom">
          {BOTTOM_SECTIONS.map((id) => (
            <NavItem key={id} section={id} />
          ))}
        </ul>
      </nav>
    </div>
  );
}

function NavItem({ section }: { section: SectionId }) {
  const { t } = useTranslation();
  const current = useNavigation((state) => state.section === section);
  const navigate = useNavigation((state) => state.navigate);
  const Icon = SECTION_ICONS[section];

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key === ' ') {
      event.preventDefault(); // Space would otherwise scroll the page.
      navigate(section);
    }
  }

  return (
    <li>
      <a
        className="nav-link"
        href={sectionHash(section)}
        aria-current={current ? 'page' : undefined}
        onKeyDown={onKeyDown}
        data-section={section}
      >
        <Icon className="nav-link__icon" />
        <span>{t(`nav.${section}`)}</span>
        {section === 'questions' && <QuestionsNavCount />}
      </a>
    </li>
  );
}
