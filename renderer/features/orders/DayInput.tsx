/**
 * A day typed in the UI language's pattern ("dd/mm/aaaa" in Spanish, "mm/dd/yyyy" in English), not the
 * browser's date picker, which follows the browser's own language. A day that is not real is said so
 * beside the field and leaves the filter as it was.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { dayPattern, parseDay, showDay } from './orders-filters';

export function DayInput({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(day: string): void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const hintId = useId();
  const [text, setText] = useState(() => showDay(value, locale));
  const { order, separator } = dayPattern(locale);
  const pattern = order.map((field) => t(`orders.datePattern.${field}`)).join(separator);
  const parsed = parseDay(text, locale);
  // A value set from outside (Clear filters, another language) replaces what was typed.
  useEffect(() => {
    if (parseDay(text, locale) !== value) setText(showDay(value, locale));
    // Only an outside change of value or locale rewrites the text (not each keystroke).
  }, [value, locale]);
  return (
    <div className="filter filter--date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        aria-invalid={parsed === null}
        aria-describedby={parsed === null ? hintId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const day = parseDay(event.target.value, locale);
          if (day !== null) onChange(day);
        }}
      />
      {parsed === null && (
        <span id={hintId} className="filter__problem" role="alert">
          {t('orders.dateInvalid', { pattern })}
        </span>
      )}
    </div>
  );
}
