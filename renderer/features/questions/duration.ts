/**
 * A span of time in the seller's language, short: "45min", "3h 20min", "2 días 4h" (at least a minute).
 * Where the smaller unit is left out it is rounded, as "hace 30 días" beside it is: 29 days 14 hours
 * is "30 días", not "29 días" next to "Preguntaron hace 30 días".
 */
export function formatDuration(ms: number, locale: string): string {
  // Days spelled out: some locales' short day unit reads badly ("9 dd."); hours and minutes stay short.
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: name === 'day' ? 'long' : 'narrow' }).format(value);
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 10) {
    const rest = minutes % 60;
    return rest > 0 ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  }
  const roundHours = Math.round(minutes / 60);
  if (roundHours < 48) return unit(roundHours, 'hour');
  const days = Math.floor(roundHours / 24);
  if (days >= 10) return unit(Math.round(roundHours / 24), 'day');
  const rest = roundHours % 24;
  return rest > 0 ? `${unit(days, 'day')} ${unit(rest, 'hour')}` : unit(days, 'day');
}
