/** Templates as the answer box numbers them: the store's language first, then the rest, each by name. */
import type { Template } from '../../../shared/questions';
import type { Language } from '../../../shared/settings';

export function orderedTemplates(templates: readonly Template[], storeLanguage: Language | null): Template[] {
  const rank = (template: Template) => (template.language === storeLanguage ? 0 : 1);
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id - b.id);
}
